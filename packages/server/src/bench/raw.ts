import pg from 'pg';
import { makeOrg } from '../testing/harness.ts';
import type { BenchDatabase } from './databases.ts';
import { inProcess, type Lane, totalBatches, type Workload } from './lane.ts';
import {
  changeColumns,
  commandBatches,
  commandColumns,
  personColumns,
  type RawRows,
  rawRows,
} from './workload.ts';

const deviceId = 'bench-phone';
const userId = 'bench-user';

/**
 * The floor under `person.create`: the same three rows per person (command, person, change) written
 * straight to the database, one transaction per batch, with no HTTP, validation, query builder or
 * per-command savepoint.
 */
export async function rawLane(bench: BenchDatabase, workload: Workload): Promise<Lane> {
  const org = await makeOrg(bench.database, 'bench-raw-org');
  let seq = 0;
  // Rows are built before the clock starts, so only the database's work is timed.
  const batches = commandBatches(0, totalBatches(workload), workload.batchSize).map((batch) =>
    batch.map((command) => rawRows(org.id, userId, deviceId, command, ++seq)),
  );
  const writer = bench.database.sqlite ? sqliteWriter(bench, org.id) : await postgresWriter(bench, org.id);
  return inProcess(
    (index) => writer.write(batches[index]!),
    () => writer.close(),
  );
}

interface Writer {
  write(batch: RawRows[]): Promise<void>;
  close(): Promise<void>;
}

const insertSql = (table: string, columns: string[]) =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;

function sqliteWriter(bench: BenchDatabase, orgId: string): Writer {
  const sqlite = bench.database.sqlite!;
  const commands = sqlite.prepare(insertSql('commands', commandColumns));
  const people = sqlite.prepare(insertSql('people', personColumns));
  const changes = sqlite.prepare(insertSql('changes', changeColumns));
  const counter = sqlite.prepare('UPDATE org_counters SET change_seq = ? WHERE org_id = ?');
  const writeBatch = sqlite.transaction((batch: RawRows[]) => {
    for (const rows of batch) {
      commands.run(Object.values(rows.command));
      people.run(Object.values(rows.person));
      changes.run(Object.values(rows.change));
    }
    counter.run(batch.at(-1)!.change.seq, orgId);
  });
  return { write: async (batch) => writeBatch(batch), close: async () => {} };
}

/** One multi-row INSERT per table per batch, on one connection, inside one transaction. */
async function postgresWriter(bench: BenchDatabase, orgId: string): Promise<Writer> {
  const { url, schema } = bench.pg!;
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  const multiRow = (table: string, columns: string[], records: Record<string, unknown>[]) => {
    const values: unknown[] = [];
    const tuples = records.map((record) => {
      const start = values.length;
      values.push(...Object.values(record));
      return `(${columns.map((_, i) => `$${start + i + 1}`).join(', ')})`;
    });
    return {
      name: `bench_${table}_${records.length}`,
      text: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
      values,
    };
  };
  return {
    async write(batch) {
      await client.query('BEGIN');
      try {
        await client.query(
          multiRow(
            'commands',
            commandColumns,
            batch.map((r) => r.command),
          ),
        );
        await client.query(
          multiRow(
            'people',
            personColumns,
            batch.map((r) => r.person),
          ),
        );
        await client.query(
          multiRow(
            'changes',
            changeColumns,
            batch.map((r) => r.change),
          ),
        );
        await client.query('UPDATE org_counters SET change_seq = $1 WHERE org_id = $2', [
          batch.at(-1)!.change.seq,
          orgId,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    close: () => client.end(),
  };
}

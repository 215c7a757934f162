import type { BenchDatabase, BenchDatabaseKind } from './databases.ts';
import { type Lane, perSecond, takeTurns, type Workload } from './lane.ts';
import { directLane, httpPushLane, personSource } from './push.ts';
import { rawLane } from './raw.ts';
import { log, percentile, type RssPeak, round } from './stats.ts';

const targetCommandsPerSecond = 5000;

/**
 * Pushes batches of `person.create` through the real HTTP server and compares the rate with the same
 * commands in process and with writing the same rows straight into the same kind of database.
 */
export async function runPeople(kind: BenchDatabaseKind, workload: Workload, rss: RssPeak) {
  log(
    `${kind.name}: person.create, ${workload.warmupBatches} warm-up + ${workload.batches} batches of ${workload.batchSize}`,
  );
  // Each lane writes into a fresh database of its own, so all start from empty tables and indexes.
  const opened: BenchDatabase[] = [];
  const open = async () => {
    const bench = await kind.open();
    opened.push(bench);
    return bench;
  };
  const lanes: Partial<Record<'http' | 'direct' | 'raw', Lane>> = {};
  let connections = 0;
  let batchMs: Record<'http' | 'direct' | 'raw', number[]>;
  try {
    const http = await httpPushLane(await open(), personSource(workload));
    lanes.http = http;
    lanes.direct = await directLane(await open(), personSource(workload));
    lanes.raw = await rawLane(await open(), workload);
    batchMs = await takeTurns(lanes as Record<'http' | 'direct' | 'raw', Lane>, workload, () => rss.sample());
    connections = http.connections();
  } finally {
    for (const lane of Object.values(lanes)) await lane.close();
    for (const bench of opened) await bench.dispose();
  }
  const commandsPerSecond = perSecond(batchMs.http, workload.batchSize);
  const rawPerSecond = perSecond(batchMs.raw, workload.batchSize);
  const direct = perSecond(batchMs.direct, workload.batchSize);
  const result = {
    database: kind.name,
    scenario: `sync.push person.create, ${workload.batchSize} per batch, over HTTP`,
    commands: workload.batches * workload.batchSize,
    commandsPerSecond: Math.round(commandsPerSecond),
    /** People per second written raw: each the same command, person and change rows the command writes. */
    rawPerSecond: Math.round(rawPerSecond),
    rawRowsPerSecond: Math.round(rawPerSecond * 3),
    ratioToRaw: round(commandsPerSecond / rawPerSecond, 3),
    p50Ms: round(percentile(batchMs.http, 0.5)),
    p95Ms: round(percentile(batchMs.http, 0.95)),
    rssMb: rss.megabytes,
    target: targetCommandsPerSecond,
    meetsTarget: commandsPerSecond >= targetCommandsPerSecond,
    /** Where the time goes: the command path in process, without HTTP, and the TCP connections used. */
    breakdown: {
      applyCommandsPerSecond: Math.round(direct),
      applyCommandsP50Ms: round(percentile(batchMs.direct, 0.5)),
      httpShareOfTime: round(1 - commandsPerSecond / direct, 3),
      rawP50Ms: round(percentile(batchMs.raw, 0.5)),
      connections,
    },
  };
  log(
    `${kind.name}: ${result.commandsPerSecond} commands/s, raw ${result.rawPerSecond}/s, ratio ${result.ratioToRaw}`,
  );
  return result;
}

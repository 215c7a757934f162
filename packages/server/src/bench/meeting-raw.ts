import { newId, type Posting, postingsFor } from '@groundwork/core';
import pg from 'pg';
import { makeOrg } from '../testing/harness.ts';
import type { BenchDatabase } from './databases.ts';
import { inProcess, type Lane } from './lane.ts';
import type { BenchMeeting, MeetingWorkload } from './meeting-workload.ts';

type Row = Record<string, string | number | null>;

/** Every row `meeting.record` writes or changes for one meeting, as plain column objects. */
interface MeetingRows {
  inserts: Record<InsertTable, Row[]>;
  monthly: Row[];
  balances: Row[];
  months: Row;
  loanStates: Row[];
}

const insertTables = [
  'commands',
  'meetings',
  'attendance',
  'fin_entries',
  'fin_postings',
  'changes',
] as const;
type InsertTable = (typeof insertTables)[number];

const userId = 'bench-user';
const months0 = {
  meetings_held: 1,
  meetings_closed: 1,
  meetings_recorded_late: 0,
  member_meetings: 0,
  present: 0,
  savings_made: 0,
  loans_disbursed: 0,
  instalments_due: 0,
  instalments_paid_on_time: 0,
};

/** The rows of one meeting: its postings from core's `postingsFor`, the loans moved on by the instalment due. */
export function meetingRows(
  w: MeetingWorkload,
  orgId: string,
  m: BenchMeeting,
  nextSeq: () => number,
): MeetingRows {
  const now = new Date().toISOString();
  const payload = w.payload(m);
  const meetingId = newId();
  const commandId = newId();
  const entries: Row[] = [];
  const postings: Row[] = [];
  const monthly = new Map<string, number>();
  const balances = new Map<string, number>();
  const month = m.heldOn.slice(0, 7);
  const entry = (kind: string, personId: string, loanId: string | null, amount: number, lines: Posting[]) => {
    const id = newId();
    entries.push({
      org_id: orgId,
      id,
      group_id: m.group.id,
      meeting_id: meetingId,
      kind,
      entry_date: m.heldOn,
      person_id: personId,
      loan_id: loanId,
      amount,
      note: null,
      reverses_id: null,
      recorded_by: userId,
      recorded_at: now,
    });
    lines.forEach((p, line) => {
      postings.push({
        org_id: orgId,
        entry_id: id,
        line,
        group_id: m.group.id,
        entry_date: m.heldOn,
        account: p.account,
        person_id: p.personId,
        sub: p.sub,
        amount: p.amount,
      });
      monthly.set(p.account, (monthly.get(p.account) ?? 0) + p.amount);
      const balance = `${p.account}\u0000${p.sub ?? ''}\u0000${p.personId ?? ''}`;
      balances.set(balance, (balances.get(balance) ?? 0) + p.amount);
    });
    return { id, kind, personId, loanId, amount };
  };
  const made = [
    ...payload.savings.map((s) =>
      entry('saving_deposit', s.personId, null, s.amount, postingsFor({ kind: 'saving_deposit', ...s })),
    ),
  ];
  const loanStates: Row[] = [];
  const changes: Row[] = [];
  for (const loan of m.group.loans) {
    const paid = loan.schedule.slice(0, m.week);
    const due = paid.at(-1)!;
    const split = { penalty: 0, interest: due.interest, principal: due.principal };
    made.push(
      entry(
        'loan_repayment',
        loan.personId,
        loan.id,
        due.principal + due.interest,
        postingsFor({ kind: 'loan_repayment', personId: loan.personId, loanId: loan.id, ...split }),
      ),
    );
    const state = {
      principal_paid: paid.reduce((sum, i) => sum + i.principal, 0),
      interest_paid: paid.reduce((sum, i) => sum + i.interest, 0),
      penalty_due: 0,
      paid_instalments: m.week,
      next_due_on: loan.schedule[m.week]?.dueOn ?? null,
      status: m.week === loan.schedule.length ? 'repaid' : 'active',
      closed_on: m.week === loan.schedule.length ? m.heldOn : null,
    };
    loanStates.push({ org_id: orgId, loan_id: loan.id, ...state });
    changes.push(change(orgId, nextSeq(), 'loan', loan.id, 'update', commandId, m.group.id, state));
  }
  changes.push(
    change(orgId, nextSeq(), 'meeting', meetingId, 'create', commandId, m.group.id, {
      id: meetingId,
      groupId: m.group.id,
      heldOn: m.heldOn,
      status: 'closed',
      attendance: payload.attendance,
      minutes: null,
      decisions: [],
      agenda: [],
      activities: [],
      entries: made,
    }),
  );
  return {
    inserts: {
      commands: [
        {
          org_id: orgId,
          id: commandId,
          type: 'meeting.record',
          user_id: userId,
          device_id: 'bench-phone',
          at: `${m.heldOn}T10:00:00.000Z`,
          received_at: now,
          payload: JSON.stringify(payload),
          result: JSON.stringify({ id: meetingId, entries: made.length, loanIds: [] }),
        },
      ],
      meetings: [
        {
          org_id: orgId,
          id: meetingId,
          group_id: m.group.id,
          held_on: m.heldOn,
          status: 'closed',
          minutes: null,
          decisions: '[]',
          agenda: '[]',
          activities: '[]',
          recorded_by: userId,
          recorded_at: now,
          closed_at: now,
        },
      ],
      attendance: payload.attendance.map((a) => ({
        org_id: orgId,
        meeting_id: meetingId,
        person_id: a.personId,
        status: a.status,
      })),
      fin_entries: entries,
      fin_postings: postings,
      changes,
    },
    monthly: [...monthly].map(([account, amount]) => ({
      org_id: orgId,
      group_id: m.group.id,
      month,
      account,
      sub: '',
      amount,
    })),
    balances: [...balances]
      .filter(([, amount]) => amount !== 0)
      .map(([key, amount]) => {
        const [account, sub, person_id] = key.split('\u0000');
        return { org_id: orgId, group_id: m.group.id, account, sub, person_id, amount } as Row;
      }),
    months: {
      org_id: orgId,
      group_id: m.group.id,
      month,
      ...months0,
      member_meetings: payload.attendance.length,
      present: payload.attendance.length,
      savings_made: payload.savings.length,
      instalments_paid_on_time: payload.repayments.length,
    },
    loanStates,
  };
}

function change(
  orgId: string,
  seq: number,
  entity: string,
  entityId: string,
  op: string,
  commandId: string,
  groupId: string,
  data: unknown,
): Row {
  return {
    org_id: orgId,
    seq,
    entity,
    entity_id: entityId,
    op,
    command_id: commandId,
    area_id: null,
    group_id: groupId,
    data: JSON.stringify(data),
  };
}

/**
 * The floor under `meeting.record`: the same rows (command, meeting, attendance, entries, postings,
 * changes; the monthly sums, balances and month counts added to; the loan states moved on) written straight to the
 * database, one transaction per batch, with no HTTP, validation, query builder or per-command
 * savepoint. The groups, members and loans come from the same commands as the other lanes'.
 */
export async function meetingRawLane(bench: BenchDatabase, w: MeetingWorkload): Promise<Lane> {
  const org = await makeOrg(bench.database, 'bench-raw-org');
  await w.prepare(bench.database, org);
  const counter = await bench.database.db
    .selectFrom('org_counters')
    .select('change_seq')
    .where('org_id', '=', org.id)
    .executeTakeFirstOrThrow();
  let seq = Number(counter.change_seq);
  // Rows are built before the clock starts, so only the database's work is timed.
  const batches = w.batchesOf((m) => meetingRows(w, org.id, m, () => ++seq));
  const writer = bench.database.sqlite ? sqliteWriter(bench, org.id) : await postgresWriter(bench, org.id);
  return inProcess(
    (index) => writer.write(batches[index]!),
    () => writer.close(),
  );
}

/** The rows one meeting writes or changes, counted as the raw lane writes them. */
export function rawRowsPerMeeting(w: MeetingWorkload): number {
  const rows = meetingRows(w, 'org', w.meetings[0]!, () => 0);
  return (
    insertTables.reduce((sum, t) => sum + rows.inserts[t].length, 0) +
    rows.monthly.length +
    rows.balances.length +
    1 +
    rows.loanStates.length
  );
}

interface Writer {
  write(batch: MeetingRows[]): Promise<void>;
  close(): Promise<void>;
}

const columnsOf = (rows: MeetingRows) =>
  Object.fromEntries(insertTables.map((t) => [t, Object.keys(rows.inserts[t][0] ?? {})])) as Record<
    InsertTable,
    string[]
  >;
const monthCounts = Object.keys(months0);
const stateColumns = [
  'principal_paid',
  'interest_paid',
  'penalty_due',
  'paid_instalments',
  'next_due_on',
  'status',
  'closed_on',
];

function sqliteWriter(bench: BenchDatabase, orgId: string): Writer {
  const sqlite = bench.database.sqlite!;
  let prepared: ReturnType<typeof prepare> | undefined;
  const prepare = (sample: MeetingRows) => {
    const columns = columnsOf(sample);
    const insert = Object.fromEntries(
      insertTables.map((t) => [
        t,
        sqlite.prepare(
          `INSERT INTO ${t} (${columns[t].join(', ')}) VALUES (${columns[t].map(() => '?').join(', ')})`,
        ),
      ]),
    ) as Record<InsertTable, ReturnType<typeof sqlite.prepare>>;
    return {
      columns,
      insert,
      monthly: sqlite.prepare(
        `INSERT INTO fin_monthly (org_id, group_id, month, account, sub, amount) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (org_id, group_id, month, account, sub) DO UPDATE SET amount = fin_monthly.amount + excluded.amount`,
      ),
      balances: sqlite.prepare(
        `INSERT INTO fin_balances (org_id, group_id, account, sub, person_id, amount) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (org_id, group_id, account, sub, person_id) DO UPDATE SET amount = fin_balances.amount + excluded.amount`,
      ),
      months: sqlite.prepare(
        `INSERT INTO group_months (org_id, group_id, month, ${monthCounts.join(', ')})
         VALUES (?, ?, ?, ${monthCounts.map(() => '?').join(', ')})
         ON CONFLICT (org_id, group_id, month) DO UPDATE SET
         ${monthCounts.map((c) => `${c} = group_months.${c} + excluded.${c}`).join(', ')}`,
      ),
      state: sqlite.prepare(
        `UPDATE loan_states SET ${stateColumns.map((c) => `${c} = ?`).join(', ')} WHERE org_id = ? AND loan_id = ?`,
      ),
      counter: sqlite.prepare('UPDATE org_counters SET change_seq = ? WHERE org_id = ?'),
    };
  };
  const writeBatch = sqlite.transaction((batch: MeetingRows[]) => {
    prepared ??= prepare(batch[0]!);
    const s = prepared;
    for (const rows of batch) {
      for (const t of insertTables) {
        for (const row of rows.inserts[t]) s.insert[t].run(s.columns[t].map((c) => row[c]));
      }
      for (const r of rows.monthly) s.monthly.run(r.org_id, r.group_id, r.month, r.account, r.sub, r.amount);
      for (const r of rows.balances)
        s.balances.run(r.org_id, r.group_id, r.account, r.sub, r.person_id, r.amount);
      const mo = rows.months;
      s.months.run(mo.org_id, mo.group_id, mo.month, ...monthCounts.map((c) => mo[c]));
      for (const st of rows.loanStates) s.state.run(...stateColumns.map((c) => st[c]), st.org_id, st.loan_id);
    }
    s.counter.run(batch.at(-1)!.inserts.changes.at(-1)!.seq, orgId);
  });
  return { write: async (batch) => writeBatch(batch), close: async () => {} };
}

/** One multi-row statement per table per batch, on one connection, inside one transaction. */
async function postgresWriter(bench: BenchDatabase, orgId: string): Promise<Writer> {
  const { url, schema } = bench.pg!;
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  const values = (rows: Row[], columns: string[], params: unknown[]) =>
    rows.map((row) => `(${columns.map((c) => `$${params.push(row[c])}`).join(', ')})`).join(', ');
  /** Multi-row statements of at most 60,000 parameters (PostgreSQL allows 65,535). */
  const insertMany = async (table: string, columns: string[], rows: Row[], suffix = '') => {
    const per = Math.max(1, Math.floor(60_000 / columns.length));
    for (let i = 0; i < rows.length; i += per) {
      const params: unknown[] = [];
      const text = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values(rows.slice(i, i + per), columns, params)} ${suffix}`;
      await client.query(text, params);
    }
  };
  /** A batch may touch a month's sum more than once: one row per key, added up, as an upsert must have. */
  const sumByKey = (rows: Row[], keys: string[], counts: string[]) => {
    const byKey = new Map<string, Row>();
    for (const row of rows) {
      const key = keys.map((k) => row[k]).join('\u0000');
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, { ...row });
      else for (const c of counts) seen[c] = Number(seen[c]) + Number(row[c]);
    }
    return [...byKey.values()];
  };
  return {
    async write(batch) {
      const columns = columnsOf(batch[0]!);
      await client.query('BEGIN');
      try {
        for (const t of insertTables) {
          await insertMany(
            t,
            columns[t],
            batch.flatMap((r) => r.inserts[t]),
          );
        }
        const monthlyKeys = ['org_id', 'group_id', 'month', 'account', 'sub'];
        await insertMany(
          'fin_monthly',
          [...monthlyKeys, 'amount'],
          sumByKey(
            batch.flatMap((r) => r.monthly),
            monthlyKeys,
            ['amount'],
          ),
          `ON CONFLICT (${monthlyKeys.join(', ')}) DO UPDATE SET amount = fin_monthly.amount + excluded.amount`,
        );
        const balanceKeys = ['org_id', 'group_id', 'account', 'sub', 'person_id'];
        await insertMany(
          'fin_balances',
          [...balanceKeys, 'amount'],
          sumByKey(
            batch.flatMap((r) => r.balances),
            balanceKeys,
            ['amount'],
          ),
          `ON CONFLICT (${balanceKeys.join(', ')}) DO UPDATE SET amount = fin_balances.amount + excluded.amount`,
        );
        const monthKeys = ['org_id', 'group_id', 'month'];
        await insertMany(
          'group_months',
          [...monthKeys, ...monthCounts],
          sumByKey(
            batch.map((r) => r.months),
            monthKeys,
            monthCounts,
          ),
          `ON CONFLICT (${monthKeys.join(', ')}) DO UPDATE SET ${monthCounts.map((c) => `${c} = group_months.${c} + excluded.${c}`).join(', ')}`,
        );
        const states = batch.flatMap((r) => r.loanStates);
        const params: unknown[] = [];
        const cast = (c: string) =>
          c === 'next_due_on' || c === 'status' || c === 'closed_on' ? `v.${c}::text` : `v.${c}::bigint`;
        await client.query(
          `UPDATE loan_states AS s SET ${stateColumns.map((c) => `${c} = ${cast(c)}`).join(', ')}
           FROM (VALUES ${values(states, ['loan_id', ...stateColumns], params)}) AS v (loan_id, ${stateColumns.join(', ')})
           WHERE s.org_id = $${params.push(orgId)} AND s.loan_id = v.loan_id`,
          params,
        );
        await client.query('UPDATE org_counters SET change_seq = $1 WHERE org_id = $2', [
          batch.at(-1)!.inserts.changes.at(-1)!.seq,
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

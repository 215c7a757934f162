import { newId } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../access/system.ts';
import { applyCommands } from '../commands/apply.ts';
import type { Database } from '../db/database.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { makeOrg } from '../testing/harness.ts';
import { meetingRows } from './meeting-raw.ts';
import { MeetingWorkload } from './meeting-workload.ts';

const tables = ['commands', 'meetings', 'attendance', 'fin_entries', 'fin_postings', 'changes'] as const;

async function counts(database: Database, org: Organisation) {
  const entries = await Promise.all(
    tables.map(async (t) => {
      const row = await database.db
        .selectFrom(t)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('org_id', '=', org.id)
        .executeTakeFirstOrThrow();
      return [t, Number(row.n)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<(typeof tables)[number], number>;
}

async function balances(database: Database, org: Organisation, groupId: string) {
  const rows = await database.db
    .selectFrom('fin_balances')
    .select(['account', 'sub', 'person_id', 'amount'])
    .where('org_id', '=', org.id)
    .where('group_id', '=', groupId)
    .execute();
  return new Map(rows.map((r) => [`${r.account}/${r.sub}/${r.person_id}`, Number(r.amount)]));
}

describe.each(testDatabaseKinds())('the raw meeting baseline on $name', (kind) => {
  let database: Database;
  let org: Organisation;
  const workload = new MeetingWorkload({ batchSize: 2, batches: 1, warmupBatches: 0 });

  beforeAll(async () => {
    database = await kind.open();
    org = await makeOrg(database, 'bench-raw-test');
    await workload.prepare(database, org);
  });
  afterAll(() => database.close());

  it('writes as many rows of each table as meeting.record does for the same meeting', async () => {
    const before = await counts(database, org);
    const meeting = workload.meetings[0]!;
    const balancesBefore = await balances(database, org, meeting.group.id);
    const [result] = await applyCommands(database, {
      actor: systemActor(org.id),
      deviceId: 'test',
      commands: [
        {
          id: newId(),
          type: 'meeting.record',
          at: new Date().toISOString(),
          payload: workload.payload(meeting),
        },
      ],
    });
    expect(result?.status).toBe('applied');
    const after = await counts(database, org);
    let seq = 0;
    const raw = meetingRows(workload, org.id, meeting, () => ++seq);
    for (const t of tables) expect(after[t] - before[t], t).toBe(raw.inserts[t].length);
    const balancesAfter = await balances(database, org, meeting.group.id);
    const added = [...balancesAfter]
      .map(([key, amount]) => [key, amount - (balancesBefore.get(key) ?? 0)] as const)
      .filter(([, amount]) => amount !== 0)
      .sort(([a], [b]) => a.localeCompare(b));
    expect(added).toEqual(
      raw.balances
        .map((r) => [`${r.account}/${r.sub}/${r.person_id}`, r.amount] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    const states = await database.db
      .selectFrom('loan_states')
      .select(['loan_id', 'principal_paid', 'interest_paid', 'paid_instalments', 'next_due_on', 'status'])
      .where('org_id', '=', org.id)
      .where(
        'loan_id',
        'in',
        meeting.group.loans.map((l) => l.id),
      )
      .orderBy('loan_id')
      .execute();
    const expected = raw.loanStates
      .map(({ loan_id, principal_paid, interest_paid, paid_instalments, next_due_on, status }) => ({
        loan_id,
        principal_paid,
        interest_paid,
        paid_instalments,
        next_due_on,
        status,
      }))
      .sort((a, b) => String(a.loan_id).localeCompare(String(b.loan_id)));
    expect(
      states.map((s) => ({
        ...s,
        principal_paid: Number(s.principal_paid),
        interest_paid: Number(s.interest_paid),
      })),
    ).toEqual(expected);
  });
});

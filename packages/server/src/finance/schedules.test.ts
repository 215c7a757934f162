import { newId } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { makeOrg } from '../testing/harness.ts';
import { loadSchedules } from './schedules.ts';
import { allPresent, makeFinanceGroup, trySystem } from './testing.ts';

describe.each(testDatabaseKinds())('loan schedules kept between commands on $name', (kind) => {
  let database: Database;
  let org: Organisation;
  const loanId = newId();

  const loanRow = () =>
    database.db
      .selectFrom('loans')
      .selectAll()
      .where('org_id', '=', org.id)
      .where('id', '=', loanId)
      .executeTakeFirstOrThrow();
  const instalments = () =>
    database.db
      .selectFrom('loan_instalments')
      .select(['number', 'due_on', 'principal', 'interest'])
      .where('org_id', '=', org.id)
      .where('loan_id', '=', loanId)
      .orderBy('number')
      .execute();

  beforeAll(async () => {
    database = await kind.open();
    org = await makeOrg(database, 'schedules-org');
    const g = await makeFinanceGroup(database, org, { size: 3 });
    const meeting = await trySystem(database, org, 'meeting.record', {
      groupId: g.groupId,
      heldOn: '2025-01-13',
      attendance: allPresent(g.members),
      savings: g.members.map((personId) => ({ personId, amount: 100_000 })),
      loans: [
        {
          id: loanId,
          personId: g.members[0],
          principal: 100_000,
          method: 'declining_equal_instalment',
          instalments: 5,
          frequency: 'monthly',
          purpose: 'Sewing machine',
        },
      ],
    });
    expect(meeting.error?.code ?? meeting.status).toBe('applied');
  });
  afterAll(() => database.close());

  it('gives the schedule written at disbursement, instalment by instalment', async () => {
    const schedule = (await loadSchedules(database.db, org.id, [await loanRow()])).get(loanId);
    const stored = await instalments();
    expect(stored).toHaveLength(5);
    expect(schedule).toEqual(
      stored.map((i) => ({
        number: i.number,
        dueOn: i.due_on,
        principal: Number(i.principal),
        interest: Number(i.interest),
      })),
    );
    expect(schedule?.reduce((sum, i) => sum + i.principal, 0)).toBe(100_000);
    expect(Object.isFrozen(schedule)).toBe(true);
  });

  it('does not read it again, and never gives it to another loan written under the same id', async () => {
    const row = await loanRow();
    const first = (await loadSchedules(database.db, org.id, [row])).get(loanId);
    // As if the batch that wrote the loan had been rolled back and the id written again, other terms.
    await database.db.deleteFrom('loan_instalments').where('org_id', '=', org.id).execute();
    expect((await loadSchedules(database.db, org.id, [row])).get(loanId)).toBe(first);
    await database.db
      .insertInto('loan_instalments')
      .values({
        org_id: org.id,
        loan_id: loanId,
        number: 1,
        group_id: row.group_id,
        due_on: '2025-02-13',
        principal: 50_000,
        interest: 2_000,
      })
      .execute();
    const rewritten = { ...row, principal: 50_000, instalments: 1, created_at: new Date().toISOString() };
    expect((await loadSchedules(database.db, org.id, [rewritten])).get(loanId)).toEqual([
      { number: 1, dueOn: '2025-02-13', principal: 50_000, interest: 2_000 },
    ]);
  });
});

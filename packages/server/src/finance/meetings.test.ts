import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { makeOrg } from '../testing/harness.ts';
import { allPresent, type FinanceGroup, makeFinanceGroup, trySystem } from './testing.ts';

async function balance(db: Database, org: Organisation, groupId: string, account: string, personId?: string) {
  let q = db.db
    .selectFrom('fin_postings')
    .select((eb) => eb.fn.sum<number>('amount').as('amount'))
    .where('org_id', '=', org.id)
    .where('group_id', '=', groupId)
    .where('account', '=', account);
  if (personId) q = q.where('person_id', '=', personId);
  const row = await q.executeTakeFirst();
  return Number(row?.amount ?? 0);
}

describe.each(testDatabaseKinds())('meetings on $name', (kind) => {
  let database: Database;
  let org: Organisation;
  let g: FinanceGroup;

  beforeAll(async () => {
    database = await kind.open();
    org = await makeOrg(database, 'meetings-org');
    g = await makeFinanceGroup(database, org);
  });
  afterAll(() => database.close());

  it('records a whole meeting in one command and writes it once when sent twice', async () => {
    const payload = {
      groupId: g.groupId,
      heldOn: '2025-01-13',
      attendance: allPresent(g.members),
      minutes: 'Savings collected; one loan given.',
      savings: g.members.map((personId) => ({ personId, amount: 10_000 })),
    };
    const first = await trySystem(database, org, 'meeting.record', payload);
    expect(first.status).toBe('applied');
    expect(first.result).toMatchObject({ entries: 15, cashBefore: 0, cashAfter: 150_000 });
    const again = await trySystem(database, org, 'meeting.record', payload);
    expect(again.status).toBe('rejected');
    expect(again.error?.code).toBe('meeting.already_held');
    expect(await balance(database, org, g.groupId, 'cash')).toBe(150_000);
    expect(await balance(database, org, g.groupId, 'member_savings', g.members[0])).toBe(-10_000);
  });

  it('lends within the cap and the funds, and refuses beyond them with the reason', async () => {
    const base = { groupId: g.groupId, attendance: allPresent(g.members) };
    const loan = {
      personId: g.members[0],
      method: 'flat',
      instalments: 4,
      frequency: 'monthly',
      purpose: 'Goat',
    };
    const overCap = await trySystem(database, org, 'meeting.record', {
      ...base,
      heldOn: '2025-01-20',
      loans: [{ ...loan, principal: 40_000 }],
    });
    expect(overCap.error?.code).toBe('loan.over_cap');
    expect(overCap.error?.params).toMatchObject({ cap: 30_000, amount: 40_000 });
    const ok = await trySystem(database, org, 'meeting.record', {
      ...base,
      heldOn: '2025-01-20',
      loans: [{ ...loan, principal: 30_000 }],
    });
    expect(ok.status).toBe('applied');
    expect(await balance(database, org, g.groupId, 'cash')).toBe(120_000);
    expect(await balance(database, org, g.groupId, 'loans_receivable', g.members[0])).toBe(30_000);
  });

  it('refuses a saving by a non-member, a meeting before the group and a withdrawal over savings, writing nothing', async () => {
    const before = await database.db
      .selectFrom('fin_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const cases: [unknown, string][] = [
      [{ heldOn: '2025-01-27', savings: [{ personId: g.areaId, amount: 100 }] }, 'finance.not_member'],
      [{ heldOn: '2024-12-30' }, 'meeting.before_formed'],
      [
        { heldOn: '2025-01-27', withdrawals: [{ personId: g.members[1], amount: 10_001 }] },
        'saving.exceeds_balance',
      ],
    ];
    for (const [extra, code] of cases) {
      const r = await trySystem(database, org, 'meeting.record', {
        groupId: g.groupId,
        attendance: allPresent(g.members),
        ...(extra as object),
      });
      expect(r.error?.code, code).toBe(code);
    }
    const after = await database.db
      .selectFrom('fin_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const meetings = await database.db
      .selectFrom('meetings')
      .select('held_on')
      .where('held_on', '=', '2025-01-27')
      .execute();
    expect(meetings).toEqual([]);
  });
});

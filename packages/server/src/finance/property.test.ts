import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { makeOrg } from '../testing/harness.ts';
import { allPresent, makeFinanceGroup, testConstitution, trySystem } from './testing.ts';

/** What a leader might try at one meeting; the books may refuse any of it, but must never be left unbalanced. */
const meetingPlan = fc.record({
  savings: fc.array(fc.record({ who: fc.nat(4), amount: fc.integer({ min: 1, max: 50_000 }) }), {
    minLength: 1,
    maxLength: 5,
  }),
  withdrawal: fc.option(fc.record({ who: fc.nat(4), amount: fc.integer({ min: 1, max: 30_000 }) }), {
    freq: 2,
  }),
  loan: fc.option(
    fc.record({
      who: fc.nat(4),
      principal: fc.integer({ min: 100, max: 100_000 }),
      method: fc.constantFrom('flat', 'declining_equal_instalment', 'declining_equal_principal'),
      instalments: fc.integer({ min: 1, max: 6 }),
    }),
    { freq: 2 },
  ),
  repay: fc.option(fc.record({ which: fc.nat(10), amount: fc.integer({ min: 1, max: 60_000 }) }), {
    freq: 2,
  }),
  fine: fc.option(
    fc.record({ who: fc.nat(4), amount: fc.integer({ min: 1, max: 2_000 }), pay: fc.boolean() }),
  ),
  toBank: fc.option(fc.integer({ min: 1, max: 20_000 }), { freq: 2 }),
  reverse: fc.option(fc.nat(50), { freq: 2 }),
});

const day = (n: number) => new Date(Date.UTC(2025, 0, 6) + n * 7 * 86_400_000).toISOString().slice(0, 10);

async function checkBooks(db: Database, org: Organisation, groupId: string) {
  const unbalanced = await db.db
    .selectFrom('fin_postings')
    .select('entry_id')
    .where('org_id', '=', org.id)
    .where('group_id', '=', groupId)
    .groupBy('entry_id')
    .having(sql`SUM(amount)`, '<>', 0)
    .execute();
  expect(unbalanced).toEqual([]);
  const byAccount = await db.db
    .selectFrom('fin_postings')
    .select(['account', 'person_id', 'sub', (eb) => eb.fn.sum<number>('amount').as('amount')])
    .where('org_id', '=', org.id)
    .where('group_id', '=', groupId)
    .groupBy(['account', 'person_id', 'sub'])
    .execute();
  const total = (account: string, filter: (r: (typeof byAccount)[number]) => boolean = () => true) =>
    byAccount.filter((r) => r.account === account && filter(r)).reduce((s, r) => s + Number(r.amount), 0);
  expect(byAccount.reduce((s, r) => s + Number(r.amount), 0)).toBe(0);
  expect(total('cash')).toBeGreaterThanOrEqual(0);
  for (const r of byAccount) {
    if (r.account === 'bank') expect(Number(r.amount)).toBeGreaterThanOrEqual(0);
  }
  const people = new Set(byAccount.map((r) => r.person_id).filter((p) => p !== null));
  for (const person of people) {
    expect(-total('member_savings', (r) => r.person_id === person)).toBeGreaterThanOrEqual(0);
    expect(total('fines_receivable', (r) => r.person_id === person)).toBeGreaterThanOrEqual(0);
  }
  const monthly = await db.db
    .selectFrom('fin_monthly')
    .select(['account', 'sub', (eb) => eb.fn.sum<number>('amount').as('amount')])
    .where('org_id', '=', org.id)
    .where('group_id', '=', groupId)
    .groupBy(['account', 'sub'])
    .execute();
  for (const m of monthly) {
    const expected = total(m.account, (r) => m.account !== 'bank' || r.sub === m.sub);
    expect(Number(m.amount), `fin_monthly ${m.account}`).toBe(expected);
  }
  const balances = await db.db
    .selectFrom('fin_balances')
    .select(['account', 'sub', 'person_id', 'amount'])
    .where('org_id', '=', org.id)
    .where('group_id', '=', groupId)
    .execute();
  const keyOf = (account: string, sub: string | null, person: string | null) =>
    `${account}/${sub ?? ''}/${person ?? ''}`;
  const kept = new Map(balances.map((b) => [keyOf(b.account, b.sub, b.person_id), Number(b.amount)]));
  for (const r of byAccount) {
    expect(kept.get(keyOf(r.account, r.sub, r.person_id)) ?? 0, `fin_balances ${r.account}`).toBe(
      Number(r.amount),
    );
  }
  expect(balances.reduce((sum, b) => sum + Number(b.amount), 0)).toBe(0);
  const loans = await db.db
    .selectFrom('loans')
    .innerJoin('loan_states', (j) =>
      j.onRef('loan_states.org_id', '=', 'loans.org_id').onRef('loan_states.loan_id', '=', 'loans.id'),
    )
    .select(['loans.id', 'loans.principal', 'loan_states.principal_paid', 'loan_states.status'])
    .where('loans.org_id', '=', org.id)
    .where('loans.group_id', '=', groupId)
    .execute();
  for (const loan of loans) {
    const outstanding = total('loans_receivable', (r) => r.sub === loan.id);
    if (loan.status === 'cancelled') expect(outstanding).toBe(0);
    else expect(Number(loan.principal) - Number(loan.principal_paid), `loan ${loan.id}`).toBe(outstanding);
  }
}

describe.each(testDatabaseKinds())('random meetings keep the books exact on $name', (kind) => {
  let database: Database;
  let org: Organisation;
  beforeAll(async () => {
    database = await kind.open();
    org = await makeOrg(database, 'property-org');
  });
  afterAll(() => database.close());

  it('balances every entry and every group, keeps no balance below zero, and shares out exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(meetingPlan, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        async (plans, shareOut) => {
          const g = await makeFinanceGroup(database, org, {
            size: 5,
            kind: 'savings_group',
            constitution: { ...testConstitution, loanCapMultipleOfSavings: 5 },
          });
          await trySystem(database, org, 'cycle.start', {
            groupId: g.groupId,
            startedOn: '2025-01-06',
            plannedEndOn: '2025-12-29',
          });
          const loanIds: string[] = [];
          const who = (i: number) => g.members[i % g.members.length] as string;
          for (const [n, p] of plans.entries()) {
            const payload = {
              groupId: g.groupId,
              heldOn: day(n),
              attendance: allPresent(g.members),
              savings: [...new Map(p.savings.map((s) => [who(s.who), s.amount])).entries()].map(
                ([personId, amount]) => ({ personId, amount }),
              ),
              withdrawals: p.withdrawal
                ? [{ personId: who(p.withdrawal.who), amount: p.withdrawal.amount }]
                : [],
              loans: p.loan
                ? [
                    {
                      personId: who(p.loan.who),
                      principal: p.loan.principal,
                      method: p.loan.method,
                      instalments: p.loan.instalments,
                      frequency: 'weekly',
                      purpose: 'trade',
                    },
                  ]
                : [],
              repayments:
                p.repay && loanIds.length > 0
                  ? [{ loanId: loanIds[p.repay.which % loanIds.length], amount: p.repay.amount }]
                  : [],
              fines: p.fine ? [{ personId: who(p.fine.who), reason: 'late', amount: p.fine.amount }] : [],
              finePayments: p.fine?.pay ? [{ personId: who(p.fine.who), amount: p.fine.amount }] : [],
              entries: p.toBank
                ? [{ kind: 'bank_deposit', bankAccountId: g.bankAccountId, amount: p.toBank }]
                : [],
            };
            const r = await trySystem(database, org, 'meeting.record', payload);
            if (r.status === 'applied') loanIds.push(...((r.result?.loanIds as string[]) ?? []));
            if (p.reverse !== null) {
              const entries = await database.db
                .selectFrom('fin_entries')
                .select('id')
                .where('group_id', '=', g.groupId)
                .orderBy('id')
                .execute();
              const target = entries[p.reverse % Math.max(1, entries.length)];
              if (target)
                await trySystem(database, org, 'entry.reverse', {
                  entryId: target.id,
                  date: day(n),
                  reason: 'mistake',
                });
            }
            await checkBooks(database, org, g.groupId);
          }
          if (shareOut) {
            const r = await trySystem(database, org, 'shareout.record', {
              groupId: g.groupId,
              heldOn: day(plans.length),
            });
            if (r.status === 'applied') {
              const lines = r.result?.lines as { payout: number }[];
              expect(lines.reduce((s, l) => s + l.payout, 0)).toBe(r.result?.fund);
              await checkBooks(database, org, g.groupId);
              const savings = await database.db
                .selectFrom('fin_postings')
                .select((eb) => eb.fn.sum<number>('amount').as('amount'))
                .where('group_id', '=', g.groupId)
                .where('account', '=', 'member_savings')
                .executeTakeFirstOrThrow();
              expect(Number(savings.amount ?? 0)).toBe(0);
            } else {
              expect(r.error?.code).toBe('shareout.loan_exceeds_share');
            }
          }
        },
      ),
      { numRuns: kind.name === 'sqlite' ? 40 : 12 },
    );
  }, 120_000);
});

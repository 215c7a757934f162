import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { testDatabaseKinds } from '../../db/testing.ts';
import type { Organisation } from '../../orgs/organisations.ts';
import { makeOrg } from '../../testing/harness.ts';
import { allPresent, type FinanceGroup, makeFinanceGroup, trySystem } from '../testing.ts';
import { bankBook, cashBook } from './books.ts';
import { dateRange, type GroupScope, loadGroupScope } from './context.ts';
import { loanLedger } from './loan-ledger.ts';
import { passbook } from './passbook.ts';
import { reconciliation } from './reconciliation.ts';
import { balanceSheet, incomeExpenditure, trialBalance } from './statements.ts';

/**
 * One small group's first quarter, with figures worked out by hand:
 * - 13 Jan: each of five members saves ₹30,000 and gives ₹100 to the social fund (cash ₹1,50,500).
 * - 20 Jan: A saves ₹1,000 more and borrows ₹12,000 (flat 2% a month, 4 monthly instalments of
 *   ₹3,000 principal + ₹240 interest, due 20 Feb, 20 Mar, 20 Apr, 20 May); B is fined ₹50; ₹1,00,000
 *   goes to the bank; ₹20 of stationery is bought. Cash ₹39,480.
 * - 24 Feb: A repays instalment 1 (₹3,240), B pays her fine and saves ₹1,000, which is then reversed.
 * - 20 Mar: A misses instalment 2.
 * - 31 Mar: the bank statement says ₹1,00,050 (interest the books have not yet recorded).
 */
async function sumPostings(
  db: Database,
  org: Organisation,
  groupId: string,
  account: string,
  personId?: string,
) {
  let q = db.db
    .selectFrom('fin_postings')
    .select((eb) => eb.fn.sum<number>('amount').as('amount'))
    .where('org_id', '=', org.id)
    .where('group_id', '=', groupId)
    .where('account', '=', account)
    .where('entry_date', '<=', '2025-03-31');
  if (personId) q = q.where('person_id', '=', personId);
  return Number((await q.executeTakeFirst())?.amount ?? 0);
}

describe.each(testDatabaseKinds())('group reports on $name', (kind) => {
  let database: Database;
  let org: Organisation;
  let g: FinanceGroup;
  let scope: GroupScope;
  let a: string;
  let b: string;
  let other: FinanceGroup;

  async function ok(type: string, payload: Record<string, unknown>) {
    const r = await trySystem(database, org, type, payload);
    expect(r.error, `${type} ${JSON.stringify(r.error)}`).toBeUndefined();
    return r.result as Record<string, unknown>;
  }

  beforeAll(async () => {
    database = await kind.open();
    org = await makeOrg(database, 'reports-org');
    g = await makeFinanceGroup(database, org, { size: 5 });
    other = await makeFinanceGroup(database, org, { size: 2 });
    [a, b] = g.members as [string, string];
    const attendance = allPresent(g.members);
    await ok('meeting.record', {
      groupId: g.groupId,
      heldOn: '2025-01-13',
      attendance,
      savings: g.members.map((personId) => ({ personId, amount: 3_000_000 })),
      socialFund: g.members.map((personId) => ({ personId, amount: 10_000 })),
    });
    await ok('meeting.record', {
      groupId: g.groupId,
      heldOn: '2025-01-20',
      attendance,
      savings: [{ personId: a, amount: 100_000 }],
      fines: [{ personId: b, reason: 'absence', amount: 5_000 }],
      loans: [
        {
          personId: a,
          principal: 1_200_000,
          rateBps: 200,
          method: 'flat',
          instalments: 4,
          frequency: 'monthly',
          purpose: 'Buffalo',
        },
      ],
      entries: [
        { kind: 'bank_deposit', bankAccountId: g.bankAccountId, amount: 10_000_000 },
        { kind: 'expense', category: 'stationery', amount: 2_000, note: 'Register & pens' },
      ],
    });
    const loanId = (
      await database.db.selectFrom('loans').select('id').where('person_id', '=', a).executeTakeFirstOrThrow()
    ).id;
    await ok('meeting.record', {
      groupId: g.groupId,
      heldOn: '2025-02-24',
      attendance,
      repayments: [{ loanId, amount: 324_000 }],
      finePayments: [{ personId: b, amount: 5_000 }],
      savings: [{ personId: b, amount: 100_000 }],
    });
    const deposit = await database.db
      .selectFrom('fin_entries')
      .select('id')
      .where('person_id', '=', b)
      .where('kind', '=', 'saving_deposit')
      .where('entry_date', '=', '2025-02-24')
      .executeTakeFirstOrThrow();
    await ok('entry.reverse', { entryId: deposit.id, date: '2025-02-24', reason: 'Counted twice' });
    await ok('bank_statement.record', {
      bankAccountId: g.bankAccountId,
      date: '2025-03-31',
      balance: 10_005_000,
    });
    scope = await loadGroupScope(database.db, org.id, g.groupId);
  });
  afterAll(() => database.close());

  const quarter = { from: '2025-01-06', to: '2025-03-31' };

  it('gives a member her passbook, the correction shown as one, closing on the ledger balances', async () => {
    const book = await passbook(scope, b, quarter);
    expect(book.member.id).toBe(b);
    expect(book.savings.lines.map((l) => [l.date, l.kind, l.deposit, l.balance, l.reversed])).toEqual([
      ['2025-01-13', 'saving_deposit', 3_000_000, 3_000_000, false],
      ['2025-02-24', 'saving_deposit', 100_000, 3_100_000, true],
      ['2025-02-24', 'reversal', -100_000, 3_000_000, false],
    ]);
    expect(book.savings.lines[2]?.reverses?.kind).toBe('saving_deposit');
    expect(book.savings.lines[2]?.note).toBe('Counted twice');
    expect(book.fines.lines.map((l) => [l.kind, l.levied, l.paid, l.balance])).toEqual([
      ['fine_levied', 5_000, 0, 5_000],
      ['fine_paid', 0, 5_000, 0],
    ]);
    expect(book.closing).toEqual({ savings: 3_000_000, loans: 0, fines: 0, socialFund: 10_000 });
    expect(book.closing.savings).toBe(-(await sumPostings(database, org, g.groupId, 'member_savings', b)));
    expect(book.closing.fines).toBe(await sumPostings(database, org, g.groupId, 'fines_receivable', b));
    expect(book.closing.socialFund).toBe(-(await sumPostings(database, org, g.groupId, 'social_fund', b)));
  });

  it('shows a borrower her loan with each repayment split into principal and interest', async () => {
    const book = await passbook(scope, a, quarter);
    expect(book.loans).toHaveLength(1);
    const loan = book.loans[0];
    expect(
      loan?.lines.map((l) => [l.date, l.disbursed, l.principal, l.interest, l.penalty, l.balance]),
    ).toEqual([
      ['2025-01-20', 1_200_000, 0, 0, 0, 1_200_000],
      ['2025-02-24', 0, 300_000, 24_000, 0, 900_000],
    ]);
    expect(book.closing.loans).toBe(900_000);
    expect(book.closing.loans).toBe(await sumPostings(database, org, g.groupId, 'loans_receivable', a));
    expect(book.closing.savings).toBe(3_100_000);
  });

  it('brings earlier lines forward as the opening balance of a shorter period', async () => {
    const book = await passbook(scope, b, { from: '2025-02-01', to: '2025-03-31' });
    expect(book.savings.opening).toBe(3_000_000);
    expect(book.savings.lines).toHaveLength(2);
    expect(book.fines.opening).toBe(5_000);
    expect(book.socialFund).toMatchObject({ opening: 10_000, lines: [], closing: 10_000 });
  });

  it('has no passbook for someone who was never a member of the group', async () => {
    await expect(passbook(scope, other.members[0] ?? '', quarter)).rejects.toMatchObject({
      code: 'resource.not_found',
    });
  });

  it('keeps the cash book: opening plus receipts less payments is the closing balance', async () => {
    const book = await cashBook(scope, { from: '2025-02-01', to: '2025-03-31' });
    expect(book.opening).toBe(3_948_000);
    expect(book.totals).toEqual({ receipts: 429_000, payments: 100_000 });
    expect(book.closing).toBe(book.opening + book.totals.receipts - book.totals.payments);
    expect(book.closing).toBe(await sumPostings(database, org, g.groupId, 'cash'));
    const reversal = book.lines.find((l) => l.kind === 'reversal');
    expect(reversal).toMatchObject({ payment: 100_000, reverses: { kind: 'saving_deposit' } });
    expect(reversal?.person?.id).toBe(b);
    const january = await cashBook(scope, { from: '2025-01-06', to: '2025-01-31' });
    expect(january.lines.find((l) => l.kind === 'expense')).toMatchObject({
      category: 'stationery',
      payment: 2_000,
    });
    expect(january.closing).toBe(3_948_000);
  });

  it('keeps a bank book per bank account, and refuses an account of another group', async () => {
    const book = await bankBook(scope, quarter);
    expect(book.accounts).toHaveLength(1);
    expect(book.accounts[0]).toMatchObject({
      bankAccount: { id: g.bankAccountId },
      opening: 0,
      totals: { receipts: 10_000_000, payments: 0 },
      closing: 10_000_000,
    });
    await expect(bankBook(scope, quarter, other.bankAccountId)).rejects.toMatchObject({
      code: 'resource.not_found',
    });
  });

  it('balances the trial balance, every account of the chart on its side', async () => {
    const tb = await trialBalance(scope, '2025-03-31');
    const line = (account: string) => tb.lines.find((l) => l.account === account);
    expect(line('cash')).toMatchObject({ debit: 4_277_000, credit: 0 });
    expect(line('bank')).toMatchObject({ bankAccountId: g.bankAccountId, debit: 10_000_000 });
    expect(line('loans_receivable')).toMatchObject({ debit: 900_000 });
    expect(line('member_savings')).toMatchObject({ debit: 0, credit: 15_100_000 });
    expect(line('social_fund')).toMatchObject({ credit: 50_000 });
    expect(line('interest_income')).toMatchObject({ credit: 24_000 });
    expect(line('fine_income')).toMatchObject({ credit: 5_000 });
    expect(line('expenses')).toMatchObject({ debit: 2_000 });
    expect(line('external_loans')).toMatchObject({ debit: 0, credit: 0 });
    expect(tb.totals).toEqual({ debit: 15_179_000, credit: 15_179_000 });
  });

  it('draws the balance sheet: what the group has equals what it owes plus its own funds', async () => {
    const bs = await balanceSheet(scope, '2025-03-31');
    expect(bs.totals).toEqual({
      assets: 15_177_000,
      liabilities: 15_150_000,
      equity: 27_000,
      liabilitiesAndEquity: 15_177_000,
    });
    expect(bs.equity.at(-1)).toEqual({ account: 'current_surplus', bankAccountId: null, amount: 27_000 });
    const early = await balanceSheet(scope, '2025-01-13');
    expect(early.totals.assets).toBe(15_050_000);
    expect(early.totals.assets).toBe(early.totals.liabilitiesAndEquity);
  });

  it('works out income and expenditure, and the surplus of one over the other', async () => {
    const ie = await incomeExpenditure(scope, quarter);
    expect(ie.income).toEqual([
      { account: 'interest_income', amount: 24_000 },
      { account: 'fine_income', amount: 5_000 },
      { account: 'other_income', amount: 0 },
    ]);
    expect(ie.expenses[0]).toEqual({ account: 'expenses', category: 'stationery', amount: 2_000 });
    expect(ie.totals).toEqual({ income: 29_000, expenses: 2_000 });
    expect(ie.surplus).toBe(ie.totals.income - ie.totals.expenses);
    const february = await incomeExpenditure(scope, { from: '2025-02-01', to: '2025-02-28' });
    expect(february.totals).toEqual({ income: 24_000, expenses: 0 });
  });

  it('shows the missed instalment in the loan ledger: overdue amount and days late', async () => {
    const april = await loanLedger(scope, { from: '2025-01-06', to: '2025-04-01' });
    expect(april.loans).toHaveLength(1);
    expect(april.loans[0]).toMatchObject({
      member: { id: a },
      principal: 1_200_000,
      rateBps: 200,
      method: 'flat',
      instalments: 4,
      demand: 648_000,
      collected: { principal: 300_000, interest: 24_000, penalty: 0 },
      principalBalance: 900_000,
      overdue: 324_000,
      daysPastDue: 12,
      status: 'overdue',
    });
    expect(april.totals).toMatchObject({ principal: 1_200_000, overdue: 324_000, principalBalance: 900_000 });
    const march = await loanLedger(scope, { from: '2025-01-06', to: '2025-03-01' });
    expect(march.loans[0]).toMatchObject({ demand: 324_000, overdue: 0, daysPastDue: 0, status: 'active' });
    const beforeRepaying = await loanLedger(scope, { from: '2025-01-06', to: '2025-02-21' });
    expect(beforeRepaying.loans[0]).toMatchObject({
      collected: { principal: 0, interest: 0, penalty: 0 },
      principalBalance: 1_200_000,
      overdue: 324_000,
      daysPastDue: 1,
      status: 'overdue',
    });
  });

  it('reconciles the bank statement with the bank book, and says when there is no statement', async () => {
    const r = await reconciliation(scope, g.bankAccountId, '2025-04-15');
    expect(r).toMatchObject({
      statement: { date: '2025-03-31', balance: 10_005_000 },
      bookBalance: 10_000_000,
      difference: 5_000,
    });
    const none = await reconciliation(scope, g.bankAccountId, '2025-03-30');
    expect(none).toMatchObject({ statement: null, bookBalance: null, difference: null });
    await expect(reconciliation(scope, other.bankAccountId, '2025-04-15')).rejects.toMatchObject({
      code: 'resource.not_found',
    });
  });

  it('refuses a period that ends before it starts, and a group of another organisation', async () => {
    expect(() => dateRange(scope, '2025-03-01', '2025-02-01')).toThrow(
      expect.objectContaining({ code: 'report.date_range', field: 'from' }),
    );
    expect(dateRange(scope, undefined, '2025-02-01')).toEqual({ from: '2025-01-06', to: '2025-02-01' });
    const stranger = await makeOrg(database, 'reports-stranger');
    await expect(loadGroupScope(database.db, stranger.id, g.groupId)).rejects.toMatchObject({
      code: 'resource.not_found',
    });
  });
});

describe.each(testDatabaseKinds())('reports across a share-out on $name', (kind) => {
  let database: Database;

  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(() => database.close());

  it('leaves the closing of income out of income and expenditure, and keeps the balance sheet balanced', async () => {
    const org = await makeOrg(database, 'shareout-org');
    const g = await makeFinanceGroup(database, org, { size: 2, formedOn: '2025-01-06' });
    const run = async (type: string, payload: Record<string, unknown>) => {
      const r = await trySystem(database, org, type, payload);
      expect(r.error, JSON.stringify(r.error)).toBeUndefined();
    };
    await run('cycle.start', { groupId: g.groupId, startedOn: '2025-01-06', plannedEndOn: '2025-12-31' });
    await run('meeting.record', {
      groupId: g.groupId,
      heldOn: '2025-01-13',
      attendance: allPresent(g.members),
      savings: g.members.map((personId) => ({ personId, amount: 10_000 })),
      fines: [{ personId: g.members[0], reason: 'late', amount: 1_000 }],
      finePayments: [{ personId: g.members[0], amount: 1_000 }],
    });
    await run('shareout.record', { groupId: g.groupId, heldOn: '2025-06-30' });
    const scope = await loadGroupScope(database.db, org.id, g.groupId);
    const year = { from: '2025-01-06', to: '2025-06-30' };
    const ie = await incomeExpenditure(scope, year);
    expect(ie.totals).toEqual({ income: 1_000, expenses: 0 });
    expect(ie.surplus).toBe(1_000);
    const bs = await balanceSheet(scope, '2025-06-30');
    expect(bs.equity.at(-1)?.amount).toBe(0);
    expect(bs.totals.assets).toBe(bs.totals.liabilitiesAndEquity);
    const tb = await trialBalance(scope, '2025-06-30');
    expect(tb.totals.debit).toBe(tb.totals.credit);
  });
});

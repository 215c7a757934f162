import { newId } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { call, login, makeOrg, makeUser, startTestApp, type TestApp } from '../testing/harness.ts';
import { allPresent, type FinanceGroup, makeFinanceGroup, testConstitution } from './testing.ts';

async function rowCount(
  t: TestApp,
  table: 'fin_entries' | 'fin_postings' | 'meetings' | 'loans',
): Promise<number> {
  const row = await t.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(testDatabaseKinds())('the books over the API on $name', (kind) => {
  let t: TestApp;
  let org: Organisation;
  let g: FinanceGroup;
  let token: string;
  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    call(t.app, { method: 'POST', url, token, payload, headers });
  const get = (url: string, headers: Record<string, string> = {}) =>
    call(t.app, { method: 'GET', url, token, headers });
  const meeting = (heldOn: string, extra: object = {}) => ({
    heldOn,
    attendance: allPresent(g.members),
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp(kind);
    org = await makeOrg(t.database, 'books-org');
    g = await makeFinanceGroup(t.database, org, {
      size: 12,
      constitution: { ...testConstitution, loanCapMultipleOfSavings: 10 },
    });
    await makeUser(t.database, org, 'leader@books', 'group_leader', { groupIds: [g.groupId] });
    token = await login(t.app, 'leader@books');
  });
  afterAll(() => t.close());

  it('writes a meeting sent twice with the same Idempotency-Key once', async () => {
    const key = newId();
    const body = meeting('2025-01-13', {
      savings: g.members.map((personId) => ({ personId, amount: 10_000 })),
    });
    const first = await post(`/api/groups/${g.groupId}/meetings`, body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'applied', entries: 12, cashBefore: 0, cashAfter: 120_000 });
    const again = await post(`/api/groups/${g.groupId}/meetings`, body, { 'idempotency-key': key });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: 'duplicate', id: first.json().id });
    expect(await rowCount(t, 'meetings')).toBe(1);
    expect(await rowCount(t, 'fin_entries')).toBe(12);
    const finance = (await get(`/api/groups/${g.groupId}/finance`)).json();
    expect(finance).toMatchObject({ cash: 120_000, savings: 120_000, loansOutstanding: 0, currency: 'INR' });
    expect(finance.members).toHaveLength(12);
    expect(finance.nextMeetingDue > '2025-01-13').toBe(true);
  });

  it('lends ₹10,000 at 2% a month declining over 10 months and takes the hand-computed instalments', async () => {
    const saved = meeting('2025-01-20', {
      savings: g.members.map((personId) => ({ personId, amount: 100_000 })),
      entries: [
        { kind: 'grant_received', fund: 'revolving_fund', amount: 1_500_000, bankAccountId: g.bankAccountId },
      ],
    });
    expect((await post(`/api/groups/${g.groupId}/meetings`, saved)).statusCode).toBe(201);
    const res = await post(
      `/api/groups/${g.groupId}/meetings`,
      meeting('2025-01-27', {
        loans: [
          {
            personId: g.members[0],
            principal: 1_000_000,
            rateBps: 200,
            method: 'declining_equal_instalment',
            instalments: 10,
            frequency: 'monthly',
            purpose: 'Sewing machine',
            bankAccountId: g.bankAccountId,
          },
        ],
      }),
    );
    expect(res.statusCode).toBe(201);
    const loanId = res.json().loanIds[0] as string;
    const loan = (await get(`/api/loans/${loanId}`)).json();
    // A = 10,000 × 0.02 / (1 − 1.02^−10) = ₹1,113.27; the first month's interest is 2% of ₹10,000 = ₹200.
    expect(loan.schedule[0]).toMatchObject({ dueOn: '2025-02-27', interest: 20_000, principal: 91_327 });
    expect(loan.schedule[1]).toMatchObject({ dueOn: '2025-03-27', interest: 18_173, principal: 93_154 });
    // The first instalment paid at the meeting after it fell due: interest ₹200, principal ₹913.27.
    const paid = await post(
      `/api/groups/${g.groupId}/meetings`,
      meeting('2025-03-03', { repayments: [{ loanId, amount: 111_327 }] }),
    );
    expect(paid.statusCode).toBe(201);
    const after = (await get(`/api/loans/${loanId}?asOf=2025-03-03`)).json();
    expect(after).toMatchObject({
      principalOutstanding: 908_673,
      interestDue: 0,
      status: 'active',
      daysPastDue: 0,
    });
    const tb = await t.database.db
      .selectFrom('fin_postings')
      .select(['account', (eb) => eb.fn.sum<number>('amount').as('amount')])
      .where('group_id', '=', g.groupId)
      .groupBy('account')
      .execute();
    const balance = Object.fromEntries(tb.map((r) => [r.account, Number(r.amount)]));
    expect(balance.interest_income).toBe(-20_000);
    expect(balance.loans_receivable).toBe(908_673);
    expect(Object.values(balance).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('refuses bad money with a 4xx naming the field and the reason in the reader’s language, writing nothing', async () => {
    const before = await rowCount(t, 'fin_postings');
    const stranger = newId();
    const cases: [object, number, string, string][] = [
      [
        meeting('2025-03-10', { savings: [{ personId: stranger, amount: 100 }] }),
        422,
        'finance.not_member',
        'savings.0.personId',
      ],
      [meeting('2024-12-30'), 422, 'meeting.before_formed', 'heldOn'],
      [
        meeting('2025-03-10', { withdrawals: [{ personId: g.members[1], amount: 300_000 }] }),
        409,
        'saving.exceeds_balance',
        'withdrawals.0.amount',
      ],
      [
        meeting('2025-03-10', { attendance: allPresent(g.members.slice(1)) }),
        422,
        'meeting.attendance_incomplete',
        'attendance',
      ],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await post(`/api/groups/${g.groupId}/meetings`, body, { 'accept-language': 'en' });
      expect(res.statusCode, code).toBe(status);
      expect(res.json(), code).toMatchObject({ code, field });
    }
    const hindi = await post(
      `/api/groups/${g.groupId}/meetings`,
      meeting('2025-03-10', { withdrawals: [{ personId: g.members[1], amount: 30_000_000 }] }),
      { 'accept-language': 'hi' },
    );
    expect(hindi.json().detail).toContain('₹1,100.00');
    expect(hindi.json().detail).toContain('₹3,00,000.00');
    expect(await rowCount(t, 'fin_postings')).toBe(before);
  });

  it('refuses a repayment on a repaid loan, and a loan above the funds with the amount available', async () => {
    const res = await post(
      `/api/groups/${g.groupId}/meetings`,
      meeting('2025-03-17', {
        loans: [
          {
            personId: g.members[2],
            principal: 50_000,
            rateBps: 0,
            method: 'flat',
            instalments: 1,
            frequency: 'monthly',
            purpose: 'Seeds',
          },
        ],
      }),
    );
    const loanId = res.json().loanIds[0] as string;
    expect(
      (
        await post(
          `/api/groups/${g.groupId}/meetings`,
          meeting('2025-03-24', { repayments: [{ loanId, amount: 50_000 }] }),
        )
      ).statusCode,
    ).toBe(201);
    expect((await get(`/api/loans/${loanId}`)).json().status).toBe('repaid');
    const twice = await post(
      `/api/groups/${g.groupId}/meetings`,
      meeting('2025-03-31', { repayments: [{ loanId, amount: 100 }] }),
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'loan.not_active', field: 'repayments.0.loanId' });
    const huge = await post(
      `/api/groups/${g.groupId}/meetings`,
      meeting('2025-03-31', {
        loans: [
          {
            personId: g.members[3],
            principal: 90_000_000,
            method: 'flat',
            instalments: 4,
            frequency: 'monthly',
            purpose: 'Shop',
          },
        ],
      }),
    );
    expect(huge.statusCode).toBe(409);
    expect(['loan.over_cap', 'loan.over_funds']).toContain(huge.json().code);
  });

  it('corrects a closed meeting with a reversal and a new entry, never an edit', async () => {
    const m = await post(
      `/api/groups/${g.groupId}/meetings`,
      meeting('2025-04-07', { savings: [{ personId: g.members[4], amount: 10_000 }] }),
    );
    const detail = (await get(`/api/meetings/${m.json().id}`)).json();
    expect(detail.status).toBe('closed');
    const entryId = detail.entries[0].id as string;
    const coordinator = await makeUser(t.database, org, 'coord@books', 'coordinator');
    expect(coordinator).toBeTruthy();
    const coordToken = await login(t.app, 'coord@books');
    const leaderTry = await post(`/api/entries/${entryId}/reverse`, {
      date: '2025-04-08',
      reason: 'She saved ₹50',
    });
    expect(leaderTry.statusCode).toBe(403);
    const reversed = await call(t.app, {
      method: 'POST',
      url: `/api/entries/${entryId}/reverse`,
      token: coordToken,
      payload: { date: '2025-04-08', reason: 'She saved ₹50' },
    });
    expect(reversed.statusCode).toBe(201);
    const corrected = await post(`/api/groups/${g.groupId}/entries`, {
      date: '2025-04-08',
      meetingId: m.json().id,
      entry: { kind: 'saving_deposit', personId: g.members[4], amount: 5_000 },
    });
    expect(corrected.statusCode).toBe(201);
    const again = await call(t.app, {
      method: 'POST',
      url: `/api/entries/${entryId}/reverse`,
      token: coordToken,
      payload: { date: '2025-04-09', reason: 'again' },
    });
    expect(again.json().code).toBe('entry.already_reversed');
    const original = await t.database.db
      .selectFrom('fin_entries')
      .selectAll()
      .where('id', '=', entryId)
      .executeTakeFirstOrThrow();
    expect(Number(original.amount)).toBe(10_000);
    const member = (await get(`/api/groups/${g.groupId}/finance`))
      .json()
      .members.find((x: { personId: string }) => x.personId === g.members[4]);
    expect(member.savings).toBe(10_000 + 100_000 + 5_000);
  });

  it('hides the books of another organisation’s group', async () => {
    const other = await makeOrg(t.database, 'books-other');
    const theirs = await makeFinanceGroup(t.database, other, { size: 10 });
    expect((await get(`/api/groups/${theirs.groupId}/finance`)).statusCode).toBe(404);
    const write = await post(`/api/groups/${theirs.groupId}/meetings`, {
      heldOn: '2025-02-03',
      attendance: allPresent(theirs.members),
    });
    expect(write.statusCode).toBe(404);
  });
});

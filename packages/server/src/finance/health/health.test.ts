import { type Actor, savingsGroupRatios } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { systemActor } from '../../access/system.ts';
import type { Database } from '../../db/database.ts';
import { testDatabaseKinds } from '../../db/testing.ts';
import type { Organisation } from '../../orgs/organisations.ts';
import { call, login, makeOrg, makeUser, startTestApp, type TestApp } from '../../testing/harness.ts';
import { type FinanceGroup, makeFinanceGroup, trySystem } from '../testing.ts';
import { groupHealth, groupMonth, noCounts } from './group-health.ts';
import { groupRatioInputs } from './ratios.ts';
import { financeSummary } from './summary.ts';

interface World {
  org: Organisation;
  /** Meets every Monday from January 2025 and lends; misses 31 March; loan B is never repaid. */
  g1: FinanceGroup;
  /** Meets only on 3 and 17 March. */
  g2: FinanceGroup;
  /** Never meets. */
  g3: FinanceGroup;
  other: FinanceGroup;
}

const weeklyLoan = (personId: string, principal: number) => ({
  personId,
  principal,
  method: 'flat',
  instalments: 4,
  frequency: 'weekly',
  purpose: 'Goat',
});

async function instalment(database: Database, loanId: string, number: number): Promise<number> {
  const row = await database.db
    .selectFrom('loan_instalments')
    .select(['principal', 'interest'])
    .where('loan_id', '=', loanId)
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
  return Number(row.principal) + Number(row.interest);
}

/** Records a meeting on the day it is held, so none is recorded late: everyone present and saving but `absent`. */
async function meet(
  database: Database,
  org: Organisation,
  g: FinanceGroup,
  heldOn: string,
  options: {
    members?: string[];
    absent?: string[];
    saving?: number;
    repayments?: { loanId: string; amount: number }[];
    loans?: ReturnType<typeof weeklyLoan>[];
  } = {},
): Promise<string[]> {
  vi.setSystemTime(new Date(`${heldOn}T06:30:00Z`));
  const members = options.members ?? g.members;
  const absent = new Set(options.absent ?? []);
  const result = await trySystem(database, org, 'meeting.record', {
    groupId: g.groupId,
    heldOn,
    attendance: members.map((personId) => ({
      personId,
      status: absent.has(personId) ? 'absent' : 'present',
    })),
    savings: members
      .filter((personId) => !absent.has(personId))
      .map((personId) => ({ personId, amount: options.saving ?? 10_000 })),
    repayments: options.repayments ?? [],
    loans: options.loans ?? [],
  });
  if (result.status !== 'applied') throw new Error(`${heldOn}: ${result.error?.code} ${result.error?.field}`);
  return (result.result as { loanIds: string[] }).loanIds;
}

async function buildWorld(database: Database): Promise<World> {
  vi.setSystemTime(new Date('2025-01-06T06:00:00Z'));
  const org = await makeOrg(database, 'health-org');
  const g1 = await makeFinanceGroup(database, org, { size: 10 });
  const g2 = await makeFinanceGroup(database, org, { size: 5 });
  const g3 = await makeFinanceGroup(database, org, { size: 5 });
  await makeFinanceGroup(database, org, { size: 5, kind: 'health_committee' });
  const otherOrg = await makeOrg(database, 'health-other');
  const other = await makeFinanceGroup(database, otherOrg, { size: 10 });

  const [m0, m1, m2, , , , , m7, m8, m9] = g1.members as [string, ...string[]];
  const repay = async (loanId: string, number: number) => [
    { loanId, amount: await instalment(database, loanId, number) },
  ];
  const [a] = (await meet(database, org, g1, '2025-01-06', { loans: [weeklyLoan(m0, 30_000)] })) as [string];
  await meet(database, org, g1, '2025-01-13', { repayments: await repay(a, 1) });
  await meet(database, org, g1, '2025-01-20', { repayments: await repay(a, 2) });
  await meet(database, org, g1, '2025-01-27', { repayments: await repay(a, 3) });
  await meet(database, org, g1, '2025-02-03', {
    repayments: await repay(a, 4),
    loans: [weeklyLoan(m1!, 30_000)],
  });
  for (const day of ['2025-02-10', '2025-02-17', '2025-02-24', '2025-03-03'])
    await meet(database, org, g1, day);
  await meet(database, org, g1, '2025-03-10', { absent: [m7!, m8!] });
  const [c] = (await meet(database, org, g1, '2025-03-17', { loans: [weeklyLoan(m2!, 20_000)] })) as [string];
  vi.setSystemTime(new Date('2025-03-20T06:30:00Z'));
  const membership = await database.db
    .selectFrom('memberships')
    .select('id')
    .where('group_id', '=', g1.groupId)
    .where('person_id', '=', m9!)
    .executeTakeFirstOrThrow();
  const left = await trySystem(database, org, 'membership.end', {
    id: membership.id,
    leftOn: '2025-03-20',
    reason: 'moved',
  });
  expect(left.status).toBe('applied');
  await meet(database, org, g1, '2025-03-24', {
    members: g1.members.filter((m) => m !== m9),
    repayments: await repay(c, 1),
  });
  for (const day of ['2025-03-03', '2025-03-17']) await meet(database, org, g2, day, { saving: 5_000 });
  return { org, g1, g2, g3, other };
}

const groupRow = async (database: Database, id: string) =>
  database.db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('groupMonth', () => {
  it('counts, in the month in progress, only the instalments already due', () => {
    const counts = { ...noCounts, instalments_due: 3, instalments_paid_on_time: 2 };
    const loans = { loansOutstanding: 2, overdueLoans: 0 };
    expect(groupMonth('2025-03', counts, 4, loans)).toMatchObject({
      instalmentsDue: 3,
      instalmentsPaidOnTime: 2,
    });
    // One instalment was repaid ahead of its date later this month: it is not due yet, so it is not counted.
    expect(groupMonth('2025-03', counts, 4, loans, 1)).toMatchObject({
      instalmentsDue: 1,
      instalmentsPaidOnTime: 1,
    });
  });
});

describe.each(testDatabaseKinds())('group health on $name', (kind) => {
  let app: TestApp;
  let database: Database;
  let world: World;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    app = await startTestApp(kind);
    database = app.database;
    world = await buildWorld(database);
  }, 60_000);
  afterAll(async () => {
    vi.useRealTimers();
    await app.close();
  });

  it('charges the flat weekly interest the hand figures below assume', async () => {
    const rows = await database.db
      .selectFrom('loan_instalments')
      .select(['principal', 'interest'])
      .where('group_id', '=', world.g1.groupId)
      .execute();
    expect(rows.map((r) => [Number(r.principal), Number(r.interest)])).toEqual(
      expect.arrayContaining([
        [7_500, 138],
        [5_000, 92],
      ]),
    );
  });

  it('grades each month from the group’s formation to the month in progress', async () => {
    const g1 = await groupRow(database, world.g1.groupId);
    const months = await groupHealth(
      database.db,
      world.org.id,
      g1,
      { from: '2024-06', to: '2025-12' },
      '2025-04-02',
    );
    expect(months.map((m) => [m.month, m.score, m.grade])).toEqual([
      ['2025-01', 5, 'A'],
      ['2025-02', 4, 'A'],
      ['2025-03', 3, 'B'],
      ['2025-04', 2, 'C'],
    ]);
  });

  it('gives a month of meetings held, savings made, a loan repaid on time and closed books all five points', async () => {
    const g1 = await groupRow(database, world.g1.groupId);
    const [january] = await groupHealth(
      database.db,
      world.org.id,
      g1,
      { from: '2025-01', to: '2025-01' },
      '2025-04-02',
    );
    expect(january?.figures).toEqual({
      month: '2025-01',
      meetingsDue: 4,
      meetingsHeld: 4,
      memberMeetings: 40,
      savingsMade: 40,
      loansOutstanding: 1,
      loansDisbursed: 1,
      instalmentsDue: 3,
      instalmentsPaidOnTime: 3,
      overdueLoans: 0,
      meetingsClosed: 4,
      meetingsRecordedLate: 0,
    });
    expect(january?.sutras.map((s) => [s.key, s.met, s.reason])).toEqual([
      ['regular_meetings', true, { code: 'meetings_held', params: { held: 4, due: 4 } }],
      ['regular_savings', true, { code: 'savings_made', params: { saved: 40, expected: 40, percent: 100 } }],
      ['regular_lending', true, { code: 'loans_active', params: { outstanding: 1, disbursed: 1 } }],
      ['timely_repayment', true, { code: 'instalments_on_time', params: { paid: 3, due: 3, percent: 100 } }],
      ['books_up_to_date', true, { code: 'books_closed', params: { closed: 4, held: 4, late: 0 } }],
    ]);
  });

  it('takes the points of a missed meeting and a loan over 30 days overdue, saying why', async () => {
    const g1 = await groupRow(database, world.g1.groupId);
    const [february, march] = await groupHealth(
      database.db,
      world.org.id,
      g1,
      { from: '2025-02', to: '2025-03' },
      '2025-04-02',
    );
    // Loan B's first instalments fell due on 10, 17 and 24 February and were never paid: on 28 February
    // none was yet 30 days late, by 31 March all three were.
    expect(february?.figures).toMatchObject({ instalmentsDue: 4, instalmentsPaidOnTime: 1, overdueLoans: 0 });
    expect(february?.sutras[3]).toMatchObject({
      met: false,
      reason: { code: 'instalments_on_time', params: { paid: 1, due: 4, percent: 25 } },
    });
    expect(march?.figures).toMatchObject({
      meetingsDue: 5,
      meetingsHeld: 4,
      memberMeetings: 39,
      savingsMade: 37,
      loansOutstanding: 2,
      overdueLoans: 1,
    });
    expect(march?.sutras.filter((s) => !s.met).map((s) => [s.key, s.reason])).toEqual([
      ['regular_meetings', { code: 'meetings_held', params: { held: 4, due: 5 } }],
      ['timely_repayment', { code: 'loans_overdue', params: { overdue: 1 } }],
    ]);
  });

  it('grades the month in progress on its days so far', async () => {
    const g1 = await groupRow(database, world.g1.groupId);
    const [april] = await groupHealth(
      database.db,
      world.org.id,
      g1,
      { from: '2025-04', to: '2025-04' },
      '2025-04-02',
    );
    expect(april?.figures).toMatchObject({
      meetingsDue: 0,
      meetingsHeld: 0,
      instalmentsDue: 0,
      overdueLoans: 1,
    });
    expect(april?.sutras.map((s) => [s.key, s.met, s.reason.code])).toEqual([
      ['regular_meetings', true, 'meetings_held'],
      ['regular_savings', false, 'no_meetings_held'],
      ['regular_lending', true, 'loans_active'],
      ['timely_repayment', false, 'loans_overdue'],
      ['books_up_to_date', false, 'no_meetings_held'],
    ]);
  });

  it('computes the ratios of a period from the books, as worked out by hand', async () => {
    const inputs = await groupRatioInputs(
      database.db,
      world.org.id,
      world.g1.groupId,
      '2025-01-06',
      '2025-03-31',
    );
    // Interest: loan A 4 × 138, loan C's first instalment 92. Cash + bank = savings + interest − loans out.
    expect(inputs).toEqual({
      memberMeetingsPresent: 40 + 40 + 37,
      memberMeetings: 40 + 40 + 39,
      savingsBalance: 1_170_000,
      members: 9,
      loansOutstandingPrincipal: 30_000 + 15_000,
      loanFund: 1_170_000 + 644,
      parPrincipal: 30_000,
      netSurplus: 644,
      averageSavings: (400_000 + 800_000 + 1_170_000) / 3,
      membersAtStart: 10,
      membersLeft: 1,
    });
    const values = Object.fromEntries(savingsGroupRatios(inputs).map((r) => [r.key, r.value]));
    expect(values).toEqual({
      attendance_rate: 117 / 119,
      savings_per_member: 130_000, // 1,170,000 over 9 members
      loan_fund_utilisation: 45_000 / 1_170_644,
      portfolio_at_risk_30: 30_000 / 45_000,
      return_on_savings: 644 / 790_000,
      drop_out_rate: 1 / 10,
    });
    const midMonth = await groupRatioInputs(
      database.db,
      world.org.id,
      world.g1.groupId,
      '2025-01-06',
      '2025-03-12',
    );
    expect(midMonth).toMatchObject({
      savingsBalance: 980_000,
      averageSavings: Math.round((400_000 + 800_000 + 980_000) / 3),
      loansOutstandingPrincipal: 30_000,
      parPrincipal: 0,
      netSurplus: 552,
      membersLeft: 0,
    });
  });

  it('sums the organisation: grades this month, savings and loans at month ends, meetings held against due, PAR', async () => {
    const summary = await financeSummary(database.db, systemActor(world.org.id), 'INR', 3, '2025-03-26');
    expect(summary.groups).toEqual({ total: 3, active: 3, byGrade: { A: 1, B: 1, C: 1 } });
    expect(summary.months).toEqual([
      {
        month: '2025-01',
        savings: 400_000,
        loansOutstanding: 7_500,
        meetingsHeld: 4,
        meetingsDue: 12,
        attendanceRate: 1,
      },
      {
        month: '2025-02',
        savings: 800_000,
        loansOutstanding: 30_000,
        meetingsHeld: 4,
        meetingsDue: 12,
        attendanceRate: 1,
      },
      {
        month: '2025-03',
        savings: 1_220_000,
        loansOutstanding: 45_000,
        meetingsHeld: 6,
        meetingsDue: 12,
        attendanceRate: 47 / 49,
      },
    ]);
    expect(summary.par30).toEqual({ atRisk: 30_000, outstanding: 45_000, ratio: 30_000 / 45_000 });
    expect(summary.totals).toEqual({
      members: 9 + 5 + 5,
      savings: 1_220_000,
      loansOutstanding: 45_000,
      meetingsHeld: 14,
      meetingsDue: 36,
      attendanceRate: 127 / 129,
    });
    const lastMonth = await financeSummary(database.db, systemActor(world.org.id), 'INR', 1, '2025-03-26');
    expect(lastMonth.months).toEqual([summary.months[2]]);
  });

  it('sums only the groups in a field worker’s area', async () => {
    const fieldWorker: Actor = {
      userId: 'fw',
      orgId: world.org.id,
      role: 'field_worker',
      sensitiveAccess: false,
      scope: { areaIds: new Set([world.g1.areaId]), groupIds: new Set() },
    };
    const summary = await financeSummary(database.db, fieldWorker, 'INR', 3, '2025-03-26');
    expect(summary.groups).toEqual({ total: 1, active: 1, byGrade: { A: 1, B: 0, C: 0 } });
    expect(summary.months.map((m) => [m.savings, m.meetingsHeld, m.meetingsDue])).toEqual([
      [400_000, 4, 4],
      [800_000, 4, 4],
      [1_170_000, 4, 4],
    ]);
    expect(summary.totals.members).toBe(9);
  });
  describe('over HTTP', () => {
    let admin: string;
    let fieldWorker: string;
    const get = (token: string, url: string, headers: Record<string, string> = {}) =>
      call(app.app, { method: 'GET', url, token, headers });

    beforeAll(async () => {
      vi.setSystemTime(new Date('2025-03-26T06:00:00Z'));
      await makeUser(database, world.org, 'health-admin', 'admin');
      await makeUser(database, world.org, 'health-fw', 'field_worker', { areaIds: [world.g1.areaId] });
      admin = await login(app.app, 'health-admin');
      fieldWorker = await login(app.app, 'health-fw');
    });

    it('answers each month’s grade with its reasons in the reader’s language, and the grade history', async () => {
      vi.setSystemTime(new Date('2025-04-02T06:00:00Z'));
      const url = `/api/groups/${world.g1.groupId}/health`;
      const res = await get(admin, url);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({
        groupId: world.g1.groupId,
        from: '2024-05',
        to: '2025-04',
        asOf: '2025-04-02',
      });
      expect(body.grades).toEqual([
        { month: '2025-01', grade: 'A' },
        { month: '2025-02', grade: 'A' },
        { month: '2025-03', grade: 'B' },
        { month: '2025-04', grade: 'C' },
      ]);
      expect(body.months[0].sutras[0]).toEqual({
        key: 'regular_meetings',
        name: 'Regular meetings',
        met: true,
        reason: {
          code: 'meetings_held',
          params: { held: 4, due: 4 },
          text: '4 of the 4 meetings due were held.',
        },
      });
      expect(body.months[2].sutras[3].reason.text).toBe('1 loan was more than 30 days overdue at month end.');
      const french = (await get(admin, `${url}?from=2025-01&to=2025-01`, { 'accept-language': 'fr' })).json();
      expect(french.months.map((m: { month: string }) => m.month)).toEqual(['2025-01']);
      expect(french.months[0].sutras[1]).toMatchObject({
        name: 'Épargne régulière',
        reason: { text: expect.stringContaining('40 sur 40') },
      });
      const hindi = (await get(admin, `${url}?from=2025-03&to=2025-03`, { 'accept-language': 'hi' })).json();
      expect(hindi.months[0].sutras[0].reason.text).toBe('तय 5 बैठकों में से 4 हुईं।');
    });

    it('refuses a range that ends before it starts, and unknown parameters', async () => {
      const url = `/api/groups/${world.g1.groupId}/health`;
      const backwards = await get(admin, `${url}?from=2025-03&to=2025-01`);
      expect(backwards.statusCode).toBe(422);
      expect(backwards.json()).toMatchObject({ code: 'report.date_range', field: 'from' });
      expect((await get(admin, `${url}?from=2025-13`)).statusCode).toBe(422);
      expect((await get(admin, `${url}?month=2025-01`)).statusCode).toBe(422);
      const ratios = `/api/groups/${world.g1.groupId}/ratios?from=2025-03-31&to=2025-01-06`;
      expect((await get(admin, ratios)).json()).toMatchObject({ code: 'report.date_range' });
    });

    it('answers the ratios with their names, definitions and values written out', async () => {
      const res = await get(admin, `/api/groups/${world.g1.groupId}/ratios?from=2025-01-06&to=2025-03-31`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ from: '2025-01-06', to: '2025-03-31', currency: 'INR' });
      const byKey = Object.fromEntries(body.ratios.map((r: { key: string }) => [r.key, r]));
      expect(byKey.savings_per_member).toMatchObject({
        name: 'Savings per member',
        value: 130_000,
        text: '₹1,300.00',
      });
      expect(byKey.drop_out_rate).toMatchObject({ value: 0.1, text: '10%' });
      expect(byKey.portfolio_at_risk_30.value).toBeCloseTo(2 / 3, 10);
      expect(byKey.attendance_rate.definition).toMatch(/^Members present/);
    });

    it('sums the groups in the reader’s scope, and hides groups outside it', async () => {
      vi.setSystemTime(new Date('2025-03-26T06:00:00Z'));
      const all = (await get(admin, '/api/finance/summary?months=3')).json();
      expect(all).toMatchObject({
        asOf: '2025-03-26',
        currency: 'INR',
        groups: { total: 3, byGrade: { A: 1, B: 1, C: 1 } },
      });
      expect(all.months).toHaveLength(3);
      const mine = (await get(fieldWorker, '/api/finance/summary')).json();
      expect(mine.groups).toEqual({ total: 1, active: 1, byGrade: { A: 1, B: 0, C: 0 } });
      expect(mine.months).toHaveLength(12);
      expect((await get(admin, '/api/finance/summary?months=61')).statusCode).toBe(422);
      expect((await get(fieldWorker, `/api/groups/${world.g2.groupId}/health`)).statusCode).toBe(404);
      expect((await get(fieldWorker, `/api/groups/${world.g1.groupId}/ratios`)).statusCode).toBe(200);
      for (const path of ['health', 'ratios']) {
        expect((await get(admin, `/api/groups/${world.other.groupId}/${path}`)).statusCode).toBe(404);
      }
    });
  });
});

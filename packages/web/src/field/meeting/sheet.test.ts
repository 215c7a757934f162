import { meetingRecord } from '@groundwork/core';
import { describe, expect, it } from 'vitest';
import { allPresent, type MeetingDraft, newDraft, newFine, newLoanDraft } from './draft.ts';
import { shgContext } from './fixtures.ts';
import { meetingPayload } from './payload.ts';
import { workOut } from './sheet.ts';

function heldMeeting(currency: 'INR' | 'XOF') {
  const ctx = shgContext(currency);
  const [asha, meena, sunita] = ctx.members.map((m) => m.personId) as [string, string, string];
  const draft: MeetingDraft = {
    ...newDraft(ctx.group.id, '2025-01-29'),
    attendance: { [asha]: 'present', [meena]: 'late', [sunita]: 'absent' },
    fines: [
      { ...newFine(sunita, 'absence', '10'), paid: true },
      { ...newFine(meena, 'late', '5'), paid: false },
    ],
  };
  return { ctx, draft, asha, meena, sunita };
}

describe('workOut', () => {
  it('prefills savings for those who came and repayments from the schedules (INR)', () => {
    const { ctx, draft, asha, meena, sunita } = heldMeeting('INR');
    const sheet = workOut(draft, ctx);
    expect(sheet.problems).toEqual([]);
    expect(sheet.savings).toEqual([
      { personId: asha, amount: 10_000, edited: false },
      { personId: meena, amount: 10_000, edited: false },
      { personId: sunita, amount: 0, edited: false },
    ]);
    const [repayment] = sheet.repayments;
    expect(repayment).toMatchObject({ due: 76_500, payoff: 76_500, amount: 76_500, edited: false });
    expect(sheet.totals).toEqual({
      members: 3,
      present: 2,
      cashBefore: 500_000,
      savings: 20_000,
      repayments: 76_500,
      finesLevied: 1_500,
      finesPaid: 1_000,
      loans: 0,
      cashAfter: 597_500,
    });
  });

  it('works the same meeting out in whole francs (XOF)', () => {
    const { ctx, draft } = heldMeeting('XOF');
    const sheet = workOut(draft, ctx);
    expect(sheet.problems).toEqual([]);
    expect(sheet.repayments[0]?.amount).toBe(765);
    expect(sheet.totals).toMatchObject({ savings: 200, repayments: 765, finesPaid: 10, cashAfter: 5_975 });
  });

  it('asks only for what has fallen due by an earlier meeting date', () => {
    const { ctx, draft } = heldMeeting('INR');
    const sheet = workOut({ ...draft, heldOn: '2025-01-15' }, ctx);
    expect(sheet.repayments[0]).toMatchObject({ due: 25_500, payoff: 75_500 });
  });

  it('keeps amounts changed by hand and refuses a repayment above the payoff', () => {
    const { ctx, draft, asha } = heldMeeting('INR');
    const loanId = ctx.finance!.loans[0]!.id;
    const sheet = workOut({ ...draft, savings: { [asha]: '250' }, repayments: { [loanId]: '800' } }, ctx);
    expect(sheet.savings[0]).toEqual({ personId: asha, amount: 25_000, edited: true });
    expect(sheet.problems).toEqual([
      { field: `repayment.${loanId}`, code: 'over_payoff', params: { amount: 76_500 } },
    ]);
  });

  it('flags a figure finer than the currency allows', () => {
    const { ctx, draft, asha } = heldMeeting('XOF');
    const sheet = workOut({ ...draft, savings: { [asha]: '100.5' } }, ctx);
    expect(sheet.problems).toEqual([{ field: `saving.${asha}`, code: 'amount_too_fine' }]);
  });

  it('checks the date: not in the future, not before the group, not a day already taken', () => {
    const { ctx, draft } = heldMeeting('INR');
    const codes = (heldOn: string) => workOut({ ...draft, heldOn }, ctx).problems.map((p) => p.code);
    expect(codes('2025-01-30')).toEqual(['date_future']);
    expect(codes('2023-12-31')).toEqual(['date_before_formed']);
    expect(codes('2025-01-08')).toEqual(['date_taken']);
    expect(codes('')).toEqual(['date_invalid']);
  });

  it('wants every member marked', () => {
    const { ctx, draft, asha } = heldMeeting('INR');
    const sheet = workOut({ ...draft, attendance: { [asha]: 'present' } }, ctx);
    expect(sheet.problems).toContainEqual({
      field: 'attendance',
      code: 'attendance_missing',
      params: { count: 2 },
    });
  });

  it('previews a new loan at the constitution rate and warns above the cap and the funds', () => {
    const { ctx, draft, asha } = heldMeeting('INR');
    const loan = {
      ...newLoanDraft(ctx.group),
      personId: asha,
      principal: '9000',
      instalments: '10',
      purpose: 'goats',
    };
    const sheet = workOut({ ...draft, loans: [loan] }, ctx);
    expect(sheet.problems).toEqual([]);
    const [line] = sheet.loans;
    expect(line?.rateBps).toBe(46);
    expect(line?.cap).toBe(820_000);
    expect(line?.available).toBe(897_500);
    expect(line?.preview?.schedule).toHaveLength(10);
    expect(line?.preview?.schedule[0]?.dueOn).toBe('2025-02-05');
    expect(line?.preview?.interest).toBe(41_400);
    expect(sheet.warnings).toEqual([
      { field: `loan.${loan.key}.principal`, code: 'over_cap', params: { amount: 900_000, limit: 820_000 } },
      {
        field: `loan.${loan.key}.principal`,
        code: 'over_funds',
        params: { amount: 900_000, limit: 897_500 },
      },
      { field: 'cash', code: 'cash_short', params: { amount: -302_500 } },
    ]);
    expect(sheet.totals.cashAfter).toBe(-302_500);
  });

  it('counts earlier loans of the meeting against the funds of later ones', () => {
    const { ctx, draft, asha, meena } = heldMeeting('XOF');
    const loan = (personId: string) => ({
      ...newLoanDraft(ctx.group),
      personId,
      principal: '5000',
      purpose: 'shop',
    });
    const sheet = workOut({ ...draft, loans: [loan(asha), loan(meena)] }, ctx);
    expect(sheet.loans.map((l) => l.available)).toEqual([8_975, 3_975]);
    expect(sheet.warnings.map((w) => w.code)).toEqual(['over_funds', 'cash_short']);
  });

  it('points at the missing parts of a new loan', () => {
    const { ctx, draft } = heldMeeting('INR');
    const loan = { ...newLoanDraft(ctx.group), instalments: '0', rate: '101', purpose: 'x' };
    const sheet = workOut({ ...draft, loans: [loan] }, ctx);
    expect(sheet.problems.map((p) => [p.field.split('.').at(-1), p.code])).toEqual([
      ['personId', 'person_missing'],
      ['principal', 'amount_missing'],
      ['instalments', 'instalments_invalid'],
      ['rate', 'rate_invalid'],
      ['purpose', 'purpose_short'],
    ]);
    expect(sheet.loans[0]?.preview).toBeUndefined();
  });

  it('warns that funds cannot be checked before the group’s money has reached the phone', () => {
    const ctx = shgContext('INR', { finance: undefined });
    const sheet = workOut(
      allPresent(
        newDraft(ctx.group.id, '2025-01-29'),
        ctx.members.map((m) => m.personId),
      ),
      ctx,
    );
    expect(sheet.warnings).toEqual([{ field: 'finance', code: 'no_finance' }]);
    expect(sheet.repayments).toEqual([]);
  });

  it('keeps no money for a group without books', () => {
    const base = shgContext('INR');
    const ctx = { ...base, group: { ...base.group, kind: 'health_committee' as const } };
    const sheet = workOut(
      allPresent(
        newDraft(ctx.group.id, '2025-01-29'),
        ctx.members.map((m) => m.personId),
      ),
      ctx,
    );
    expect(sheet.savings).toEqual([]);
    expect(sheet.totals.cashAfter).toBe(sheet.totals.cashBefore);
  });
});

describe('meetingPayload', () => {
  it('builds a meeting.record the schema accepts, with fines paid and the loan at its previewed rate', () => {
    const { ctx, draft, asha, sunita } = heldMeeting('INR');
    const loan = { ...newLoanDraft(ctx.group), personId: asha, principal: '2000', purpose: 'sewing machine' };
    const full = {
      ...draft,
      loans: [loan],
      decisions: ['Visit the bank on Monday', '  '],
      minutes: ' Met at the temple ',
    };
    const sheet = workOut(full, ctx);
    const payload = meetingPayload(full, sheet, ctx);
    const parsed = meetingRecord.safeParse(payload);
    expect(parsed.success).toBe(true);
    expect(payload.attendance).toHaveLength(3);
    expect(payload.savings).toHaveLength(2);
    expect(payload.finePayments).toEqual([{ personId: sunita, amount: 1_000 }]);
    expect(payload.fines).toHaveLength(2);
    expect(payload.loans).toEqual([
      {
        personId: asha,
        principal: 200_000,
        rateBps: 46,
        method: 'flat',
        instalments: 10,
        frequency: 'weekly',
        gracePeriods: 0,
        purpose: 'sewing machine',
      },
    ]);
    expect(payload.decisions).toEqual(['Visit the bank on Monday']);
    expect(payload.minutes).toBe('Met at the temple');
  });

  it('leaves the minutes out when there are none, and is still valid in XOF', () => {
    const { ctx, draft } = heldMeeting('XOF');
    const payload = meetingPayload(draft, workOut(draft, ctx), ctx);
    expect(payload).not.toHaveProperty('minutes');
    expect(meetingRecord.safeParse(payload).success).toBe(true);
    expect(payload.savings.map((s) => s.amount)).toEqual([100, 100]);
  });
});

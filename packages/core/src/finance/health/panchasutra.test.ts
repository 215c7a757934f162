import { describe, expect, it } from 'vitest';
import { type GroupMonth, panchasutra, type SutraKey, sutraReasonCodes } from './panchasutra.ts';

/** A month in which the group shows all five habits. */
const healthy: GroupMonth = {
  month: '2024-03',
  meetingsDue: 4,
  meetingsHeld: 4,
  memberMeetings: 48,
  savingsMade: 48,
  loansOutstanding: 5,
  loansDisbursed: 1,
  instalmentsDue: 10,
  instalmentsPaidOnTime: 10,
  overdueLoans: 0,
  meetingsClosed: 4,
  meetingsRecordedLate: 0,
};

function sutra(m: GroupMonth, key: SutraKey) {
  return panchasutra(m).sutras.find((result) => result.key === key)!;
}

describe('panchasutra', () => {
  it('gives a healthy month all five points and grade A, the sutras in order', () => {
    const score = panchasutra(healthy);
    expect(score).toMatchObject({ month: '2024-03', score: 5, grade: 'A' });
    expect(score.sutras.map((result) => result.key)).toEqual([
      'regular_meetings',
      'regular_savings',
      'regular_lending',
      'timely_repayment',
      'books_up_to_date',
    ]);
    expect(score.sutras.every((result) => result.met)).toBe(true);
  });

  it('regular_meetings: every meeting due was held; a month with none due is met', () => {
    expect(sutra(healthy, 'regular_meetings')).toEqual({
      key: 'regular_meetings',
      met: true,
      reason: { code: 'meetings_held', params: { held: 4, due: 4 } },
    });
    expect(sutra({ ...healthy, meetingsHeld: 3 }, 'regular_meetings')).toMatchObject({
      met: false,
      reason: { code: 'meetings_held', params: { held: 3, due: 4 } },
    });
    expect(sutra({ ...healthy, meetingsDue: 0, meetingsHeld: 0 }, 'regular_meetings').met).toBe(true);
  });

  it('regular_savings: at least 90% of member-meetings with a saving', () => {
    expect(sutra({ ...healthy, memberMeetings: 70, savingsMade: 63 }, 'regular_savings')).toEqual({
      key: 'regular_savings',
      met: true,
      reason: { code: 'savings_made', params: { saved: 63, expected: 70, percent: 90 } },
    });
    expect(sutra({ ...healthy, memberMeetings: 70, savingsMade: 62 }, 'regular_savings')).toMatchObject({
      met: false,
      reason: { code: 'savings_made', params: { saved: 62, expected: 70, percent: 88 } },
    });
    expect(sutra({ ...healthy, memberMeetings: 0, savingsMade: 0 }, 'regular_savings')).toMatchObject({
      met: false,
      reason: { code: 'no_meetings_held', params: {} },
    });
  });

  it('regular_lending: a loan given in the month or one outstanding', () => {
    expect(sutra({ ...healthy, loansDisbursed: 0 }, 'regular_lending').met).toBe(true);
    expect(sutra({ ...healthy, loansOutstanding: 0 }, 'regular_lending').met).toBe(true);
    expect(sutra({ ...healthy, loansOutstanding: 0, loansDisbursed: 0 }, 'regular_lending')).toMatchObject({
      met: false,
      reason: { code: 'loans_active', params: { outstanding: 0, disbursed: 0 } },
    });
  });

  it('timely_repayment: no loan overdue and at least 90% of instalments on time', () => {
    expect(
      sutra({ ...healthy, instalmentsDue: 10, instalmentsPaidOnTime: 9 }, 'timely_repayment'),
    ).toMatchObject({
      met: true,
      reason: { code: 'instalments_on_time', params: { paid: 9, due: 10, percent: 90 } },
    });
    expect(sutra({ ...healthy, instalmentsDue: 10, instalmentsPaidOnTime: 8 }, 'timely_repayment').met).toBe(
      false,
    );
    expect(
      sutra({ ...healthy, instalmentsDue: 0, instalmentsPaidOnTime: 0 }, 'timely_repayment'),
    ).toMatchObject({
      met: true,
      reason: { code: 'instalments_on_time', params: { paid: 0, due: 0, percent: 100 } },
    });
    expect(sutra({ ...healthy, overdueLoans: 2 }, 'timely_repayment')).toMatchObject({
      met: false,
      reason: { code: 'loans_overdue', params: { overdue: 2 } },
    });
  });

  it('books_up_to_date: a meeting held, every meeting closed, none recorded late', () => {
    expect(sutra(healthy, 'books_up_to_date').reason).toEqual({
      code: 'books_closed',
      params: { closed: 4, held: 4, late: 0 },
    });
    expect(sutra({ ...healthy, meetingsClosed: 3 }, 'books_up_to_date').met).toBe(false);
    expect(sutra({ ...healthy, meetingsRecordedLate: 1 }, 'books_up_to_date').met).toBe(false);
    expect(sutra({ ...healthy, meetingsHeld: 0, meetingsClosed: 0 }, 'books_up_to_date')).toMatchObject({
      met: false,
      reason: { code: 'no_meetings_held', params: {} },
    });
  });

  it('grades 4 points A, 3 points B and 2 or fewer C', () => {
    const noLending = { ...healthy, loansOutstanding: 0, loansDisbursed: 0 };
    expect(panchasutra(noLending)).toMatchObject({ score: 4, grade: 'A' });
    const alsoOverdue = { ...noLending, overdueLoans: 1 };
    expect(panchasutra(alsoOverdue)).toMatchObject({ score: 3, grade: 'B' });
    const alsoLateBooks = { ...alsoOverdue, meetingsRecordedLate: 1 };
    expect(panchasutra(alsoLateBooks)).toMatchObject({ score: 2, grade: 'C' });
    const quiet: GroupMonth = {
      ...healthy,
      meetingsDue: 1,
      meetingsHeld: 0,
      memberMeetings: 0,
      savingsMade: 0,
      loansOutstanding: 0,
      loansDisbursed: 0,
      overdueLoans: 1,
      meetingsClosed: 0,
    };
    expect(panchasutra(quiet)).toMatchObject({ score: 0, grade: 'C' });
  });

  it('gives only reason codes from the published set', () => {
    const months = [healthy, { ...healthy, meetingsHeld: 0, memberMeetings: 0, overdueLoans: 1 }];
    for (const month of months) {
      for (const result of panchasutra(month).sutras) {
        expect(sutraReasonCodes).toContain(result.reason.code);
      }
    }
  });
});

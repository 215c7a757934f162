/** Share of member-meetings with a saving needed for regular_savings, in percent. */
export const SAVINGS_THRESHOLD_PERCENT = 90;
/** Share of the month's instalments paid on time needed for timely_repayment, in percent. */
export const ON_TIME_REPAYMENT_THRESHOLD_PERCENT = 90;
/** Fewest points for grade A. */
export const GRADE_A_MIN_SCORE = 4;
/** Fewest points for grade B. */
export const GRADE_B_MIN_SCORE = 3;

export interface GroupMonth {
  /** 'YYYY-MM' */
  month: string;
  meetingsDue: number;
  meetingsHeld: number;
  /** Σ over the meetings held of the members on the roll at that meeting. */
  memberMeetings: number;
  /** Of those, how many saved at that meeting. */
  savingsMade: number;
  /** Member loans with principal outstanding at month end. */
  loansOutstanding: number;
  /** Loans given in the month. */
  loansDisbursed: number;
  /** Loan instalments falling due in the month. */
  instalmentsDue: number;
  /** Of those, paid in full by their due date. */
  instalmentsPaidOnTime: number;
  /** Loans more than 30 days past due at month end. */
  overdueLoans: number;
  /** Meetings held in the month whose books are closed. */
  meetingsClosed: number;
  /** Meetings recorded more than 7 days after they were held. */
  meetingsRecordedLate: number;
}

export const sutraKeys = [
  'regular_meetings',
  'regular_savings',
  'regular_lending',
  'timely_repayment',
  'books_up_to_date',
] as const;
export type SutraKey = (typeof sutraKeys)[number];

/**
 * Why a sutra was met or not, each with numeric params for a translated sentence:
 * - meetings_held { held, due }
 * - no_meetings_held {}
 * - savings_made { saved, expected, percent }
 * - loans_active { outstanding, disbursed }
 * - loans_overdue { overdue }
 * - instalments_on_time { paid, due, percent }
 * - books_closed { closed, held, late }
 * `percent` is rounded down, so a figure just under a threshold never reads as the threshold.
 */
export const sutraReasonCodes = [
  'meetings_held',
  'no_meetings_held',
  'savings_made',
  'loans_active',
  'loans_overdue',
  'instalments_on_time',
  'books_closed',
] as const;
export type SutraReasonCode = (typeof sutraReasonCodes)[number];

export interface SutraReason {
  code: SutraReasonCode;
  params: Record<string, number>;
}

export interface SutraResult {
  key: SutraKey;
  met: boolean;
  reason: SutraReason;
}

export interface PanchasutraScore {
  month: string;
  score: number;
  grade: 'A' | 'B' | 'C';
  sutras: SutraResult[];
}

/** Whether part/whole reaches thresholdPercent, in exact integer arithmetic. */
function reaches(part: number, whole: number, thresholdPercent: number): boolean {
  return part * 100 >= whole * thresholdPercent;
}

function percent(part: number, whole: number): number {
  return Math.floor((part * 100) / whole);
}

function regularMeetings(m: GroupMonth): SutraResult {
  return {
    key: 'regular_meetings',
    met: m.meetingsHeld >= m.meetingsDue,
    reason: { code: 'meetings_held', params: { held: m.meetingsHeld, due: m.meetingsDue } },
  };
}

function regularSavings(m: GroupMonth): SutraResult {
  if (m.memberMeetings === 0) {
    return { key: 'regular_savings', met: false, reason: { code: 'no_meetings_held', params: {} } };
  }
  return {
    key: 'regular_savings',
    met: reaches(m.savingsMade, m.memberMeetings, SAVINGS_THRESHOLD_PERCENT),
    reason: {
      code: 'savings_made',
      params: {
        saved: m.savingsMade,
        expected: m.memberMeetings,
        percent: percent(m.savingsMade, m.memberMeetings),
      },
    },
  };
}

function regularLending(m: GroupMonth): SutraResult {
  return {
    key: 'regular_lending',
    met: m.loansDisbursed > 0 || m.loansOutstanding > 0,
    reason: {
      code: 'loans_active',
      params: { outstanding: m.loansOutstanding, disbursed: m.loansDisbursed },
    },
  };
}

function timelyRepayment(m: GroupMonth): SutraResult {
  if (m.overdueLoans > 0) {
    return {
      key: 'timely_repayment',
      met: false,
      reason: { code: 'loans_overdue', params: { overdue: m.overdueLoans } },
    };
  }
  return {
    key: 'timely_repayment',
    met: reaches(m.instalmentsPaidOnTime, m.instalmentsDue, ON_TIME_REPAYMENT_THRESHOLD_PERCENT),
    reason: {
      code: 'instalments_on_time',
      params: {
        paid: m.instalmentsPaidOnTime,
        due: m.instalmentsDue,
        percent: m.instalmentsDue === 0 ? 100 : percent(m.instalmentsPaidOnTime, m.instalmentsDue),
      },
    },
  };
}

function booksUpToDate(m: GroupMonth): SutraResult {
  if (m.meetingsHeld === 0) {
    return { key: 'books_up_to_date', met: false, reason: { code: 'no_meetings_held', params: {} } };
  }
  return {
    key: 'books_up_to_date',
    met: m.meetingsClosed === m.meetingsHeld && m.meetingsRecordedLate === 0,
    reason: {
      code: 'books_closed',
      params: { closed: m.meetingsClosed, held: m.meetingsHeld, late: m.meetingsRecordedLate },
    },
  };
}

/**
 * Grading a self-help group by the NRLM "Panchasutra", the five habits of a healthy SHG. A month earns
 * one point for each habit it shows:
 * 1. regular_meetings — every meeting due in the month was held. A month with no meeting due is met, so a
 *    quiet month never counts against the group.
 * 2. regular_savings — at least 90% of the members on the roll at the meetings held saved at them.
 *    Not met when no meeting was held.
 * 3. regular_lending — the group lends among its members: a loan was given in the month, or one is
 *    outstanding at month end.
 * 4. timely_repayment — no loan is more than 30 days past due at month end, and at least 90% of the
 *    instalments due in the month were paid in full by their due date (met when none fell due).
 * 5. books_up_to_date — at least one meeting was held, the books of every meeting held are closed, and
 *    none was recorded more than 7 days after it was held.
 * Grade: 4 or 5 points is A, 3 is B, 0 to 2 is C. The sutras come back in this order, each with its reason.
 */
export function panchasutra(m: GroupMonth): PanchasutraScore {
  const sutras = [
    regularMeetings(m),
    regularSavings(m),
    regularLending(m),
    timelyRepayment(m),
    booksUpToDate(m),
  ];
  const score = sutras.filter((sutra) => sutra.met).length;
  const grade = score >= GRADE_A_MIN_SCORE ? 'A' : score >= GRADE_B_MIN_SCORE ? 'B' : 'C';
  return { month: m.month, score, grade, sutras };
}

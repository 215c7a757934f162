/** The organisation's finance summary (`GET /api/finance/summary`), as the server sends it and the app reads it. */
export interface SummaryMonth {
  month: string;
  /** Members' savings at month end (today for the month in progress), minor units. */
  savings: number;
  /** Loan principal outstanding at month end, minor units. */
  loansOutstanding: number;
  meetingsHeld: number;
  meetingsDue: number;
  /** Members present / members on the roll at the meetings held; null when none was held. */
  attendanceRate: number | null;
}

export interface FinanceSummary {
  asOf: string;
  currency: string;
  groups: { total: number; active: number; byGrade: { A: number; B: number; C: number } };
  months: SummaryMonth[];
  /** Portfolio at risk over 30 days, now: principal of overdue loans over all principal outstanding. */
  par30: { atRisk: number; outstanding: number; ratio: number | null };
  totals: {
    members: number;
    savings: number;
    loansOutstanding: number;
    meetingsHeld: number;
    meetingsDue: number;
    attendanceRate: number | null;
  };
}

import { currencyDigits, type FinanceSummary, type SummaryMonth } from '@groundwork/core';

export type { FinanceSummary, SummaryMonth };

/** Minor units as a number of major units for a chart's axis: 1234550 paise is 12345.5. */
export function toMajorNumber(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}

/** "2025-03" as the reader says it: "Mar 2025", "मार्च 2025". */
export function monthLabel(month: string, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** A share as a whole percentage, or null when there is nothing to divide. */
export function percent(ratio: number | null): number | null {
  return ratio === null ? null : Math.round(ratio * 1000) / 10;
}

/** The series the dashboard draws, month by month. */
export function seriesOf(summary: FinanceSummary) {
  const { months, currency } = summary;
  return {
    months: months.map((m) => m.month),
    savings: months.map((m) => toMajorNumber(m.savings, currency)),
    loans: months.map((m) => toMajorNumber(m.loansOutstanding, currency)),
    attendance: months.map((m) => percent(m.attendanceRate)),
    held: months.map((m) => m.meetingsHeld),
    due: months.map((m) => m.meetingsDue),
    grades: [summary.groups.byGrade.A, summary.groups.byGrade.B, summary.groups.byGrade.C],
  };
}

import { formatDate, t } from '../../i18n/i18n.ts';
import type { Problem, ProblemCode, Warning, WarningCode } from './sheet.ts';

type Money = (minor: number) => string;

const problemText: Record<ProblemCode, (p: Problem, money: Money) => string> = {
  amount_invalid: () => t('meeting.problem.amount_invalid'),
  amount_too_fine: () => t('meeting.problem.amount_too_fine'),
  amount_missing: () => t('meeting.problem.amount_missing'),
  date_invalid: () => t('meeting.problem.date_invalid'),
  date_future: () => t('meeting.problem.date_future'),
  date_before_formed: (p) =>
    t('meeting.problem.date_before_formed', { date: formatDate(p.params?.date ?? '') }),
  date_taken: (p) => t('meeting.problem.date_taken', { date: formatDate(p.params?.date ?? '') }),
  attendance_missing: (p) => t('meeting.problem.attendance_missing', { count: p.params?.count ?? 0 }),
  over_payoff: (p, money) => t('meeting.problem.over_payoff', { payoff: money(p.params?.amount ?? 0) }),
  person_missing: () => t('meeting.problem.person_missing'),
  instalments_invalid: () => t('meeting.problem.instalments_invalid'),
  rate_invalid: () => t('meeting.problem.rate_invalid'),
  purpose_short: () => t('meeting.problem.purpose_short'),
};

const warningText: Record<WarningCode, (w: Warning, money: Money) => string> = {
  over_cap: (w, money) =>
    t('meeting.warning.over_cap', { cap: money(w.params?.limit ?? 0), amount: money(w.params?.amount ?? 0) }),
  over_funds: (w, money) =>
    t('meeting.warning.over_funds', {
      available: money(w.params?.limit ?? 0),
      amount: money(w.params?.amount ?? 0),
    }),
  cash_short: (w, money) => t('meeting.warning.cash_short', { cash: money(w.params?.amount ?? 0) }),
  no_finance: () => t('meeting.warning.no_finance'),
};

export const problemMessage = (p: Problem, money: Money): string => problemText[p.code](p, money);
export const warningMessage = (w: Warning, money: Money): string => warningText[w.code](w, money);

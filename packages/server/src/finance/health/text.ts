import {
  formatMoney,
  type Locale,
  type MessageKey,
  numberLocaleOf,
  ON_TIME_REPAYMENT_THRESHOLD_PERCENT,
  type Ratio,
  type RatioKey,
  SAVINGS_THRESHOLD_PERCENT,
  type SutraKey,
  type SutraReasonCode,
  type SutraResult,
  translate,
} from '@groundwork/core';
import { lateRecordingDays } from '../meeting-commands.ts';

const sutraName: Record<SutraKey, MessageKey> = {
  regular_meetings: 'health.sutra.regular_meetings',
  regular_savings: 'health.sutra.regular_savings',
  regular_lending: 'health.sutra.regular_lending',
  timely_repayment: 'health.sutra.timely_repayment',
  books_up_to_date: 'health.sutra.books_up_to_date',
};

const reasonText: Record<SutraReasonCode, MessageKey> = {
  meetings_held: 'health.reason.meetings_held',
  no_meetings_held: 'health.reason.no_meetings_held',
  savings_made: 'health.reason.savings_made',
  loans_active: 'health.reason.loans_active',
  loans_overdue: 'health.reason.loans_overdue',
  instalments_on_time: 'health.reason.instalments_on_time',
  books_closed: 'health.reason.books_closed',
};

/** The rule's own figures that a reason sentence quotes beside the month's. */
const ruleParams: Partial<Record<SutraReasonCode, Record<string, number>>> = {
  savings_made: { threshold: SAVINGS_THRESHOLD_PERCENT },
  instalments_on_time: { threshold: ON_TIME_REPAYMENT_THRESHOLD_PERCENT },
  books_closed: { days: lateRecordingDays },
};

const ratioName: Record<RatioKey, MessageKey> = {
  attendance_rate: 'health.ratio.attendance_rate',
  savings_per_member: 'health.ratio.savings_per_member',
  loan_fund_utilisation: 'health.ratio.loan_fund_utilisation',
  portfolio_at_risk_30: 'health.ratio.portfolio_at_risk_30',
  return_on_savings: 'health.ratio.return_on_savings',
  drop_out_rate: 'health.ratio.drop_out_rate',
};

const ratioDefinition: Record<RatioKey, MessageKey> = {
  attendance_rate: 'health.ratio_definition.attendance_rate',
  savings_per_member: 'health.ratio_definition.savings_per_member',
  loan_fund_utilisation: 'health.ratio_definition.loan_fund_utilisation',
  portfolio_at_risk_30: 'health.ratio_definition.portfolio_at_risk_30',
  return_on_savings: 'health.ratio_definition.return_on_savings',
  drop_out_rate: 'health.ratio_definition.drop_out_rate',
};

/** A sutra as the reader sees it: its name and the reason for the verdict in her language. */
export function sutraView(locale: Locale, sutra: SutraResult) {
  const { code, params } = sutra.reason;
  return {
    key: sutra.key,
    name: translate(locale, sutraName[sutra.key]),
    met: sutra.met,
    reason: {
      code,
      params,
      text: translate(locale, reasonText[code], { ...params, ...ruleParams[code] }),
    },
  };
}

/** A ratio with its name, definition and value written out: a percentage, or money for savings per member. */
export function ratioView(locale: Locale, currency: string, ratio: Ratio) {
  const intl = numberLocaleOf(locale);
  let text: string | null = null;
  if (ratio.value !== null) {
    text =
      ratio.key === 'savings_per_member'
        ? formatMoney(ratio.value, currency, intl)
        : new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 1 }).format(ratio.value);
  }
  return {
    key: ratio.key,
    name: translate(locale, ratioName[ratio.key]),
    definition: translate(locale, ratioDefinition[ratio.key]),
    value: ratio.value,
    text,
  };
}

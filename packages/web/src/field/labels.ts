import type { Office } from '@groundwork/core';
import type { WebKey } from '../i18n/i18n.ts';

export const officeLabels: Record<Office, WebKey> = {
  president: 'field.office.president',
  secretary: 'field.office.secretary',
  treasurer: 'field.office.treasurer',
  vice_president: 'field.office.vice_president',
  book_keeper: 'field.office.book_keeper',
  other: 'field.office.other',
};

export const groupKindLabels: Record<string, WebKey> = {
  shg: 'field.group_kind.shg',
  savings_group: 'field.group_kind.savings_group',
  cooperative: 'field.group_kind.cooperative',
  health_committee: 'field.group_kind.health_committee',
  federation: 'field.group_kind.federation',
};

export const sexLabels: Record<string, WebKey> = {
  female: 'field.sex.female',
  male: 'field.sex.male',
  other: 'field.sex.other',
  unknown: 'field.sex.unknown',
};

/** What a passbook line was, in the words of the paper passbook. */
export const entryKindLabels: Record<string, WebKey> = {
  saving_deposit: 'field.entry.saving_deposit',
  saving_withdrawal: 'field.entry.saving_withdrawal',
  share_out_payout: 'field.entry.share_out_payout',
  loan_disbursement: 'field.entry.loan_disbursement',
  loan_repayment: 'field.entry.loan_repayment',
  loan_write_off: 'field.entry.loan_write_off',
  fine_levied: 'field.entry.fine_levied',
  fine_paid: 'field.entry.fine_paid',
  fine_waived: 'field.entry.fine_waived',
  social_fund_contribution: 'field.entry.social_fund_contribution',
  social_fund_payout: 'field.entry.social_fund_payout',
};

/** The label of a code, if it is one the map knows. */
export function labelOf(labels: Record<string, WebKey>, code: string): WebKey | undefined {
  return Object.hasOwn(labels, code) ? labels[code] : undefined;
}

import type { ErrorKind } from '../../errors/domain-error.ts';

export const pregnanciesErrorCodes = {
  'pregnancy.male': 'invalid',
  'pregnancy.already_current': 'conflict',
  'pregnancy.in_future': 'invalid',
  'pregnancy.expected_delivery_out_of_range': 'invalid',
  'pregnancy.last_period_out_of_range': 'invalid',
  'pregnancy.before_registration': 'invalid',
  'pregnancy.after_end': 'invalid',
  'pregnancy.already_delivered': 'conflict',
  'pregnancy.closed': 'conflict',
  'pregnancy.facility_name_required': 'invalid',
  'pregnancy.facility_name_not_facility': 'invalid',
  'pregnancy.not_delivered': 'conflict',
  'pregnancy.postnatal_before_delivery': 'invalid',
  'pregnancy.period_order': 'invalid',
  'pregnancy.period_too_long': 'invalid',
} as const satisfies Record<string, ErrorKind>;

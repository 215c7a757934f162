import type { ErrorKind } from '../../errors/domain-error.ts';

/** Why a DHIS2 mapping or export is refused. */
export const reportingErrorCodes = {
  'dhis2.period_in_future': 'invalid',
  'dhis2.period_not_over': 'invalid',
  'dhis2.complete_without_data_set': 'invalid',
  'dhis2.duplicate_indicator': 'invalid',
  'dhis2.duplicate_area': 'invalid',
  'dhis2.duplicate_data_value': 'invalid',
  'dhis2.unknown_vaccine': 'invalid',
  'dhis2.dose_beyond_series': 'invalid',
} as const satisfies Record<string, ErrorKind>;

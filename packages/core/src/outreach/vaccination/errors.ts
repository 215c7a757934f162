import type { ErrorKind } from '../../errors/domain-error.ts';

/**
 * Why vaccination refuses a record. A bad figure or date is invalid; a dose that clashes with the
 * person's other doses, or a catalogue entry that already exists, is a conflict.
 */
export const vaccinationErrorCodes = {
  'vaccine.code_taken': 'conflict',
  'vaccination.id_taken': 'conflict',
  'drive.ends_before_start': 'invalid',
  'drive.age_range': 'invalid',
  'drive.site_repeated': 'invalid',
  'drive.site_taken': 'conflict',
  'dose.beyond_series': 'invalid',
  'dose.in_future': 'invalid',
  'dose.before_birth': 'invalid',
  'dose.duplicate': 'conflict',
  'dose.out_of_order': 'conflict',
  'dose.too_soon': 'conflict',
  'dose.next_too_soon': 'conflict',
  'dose.drive_not_running': 'invalid',
  'dose.site_not_in_drive': 'invalid',
  'dose.site_without_drive': 'invalid',
  'dose.already_voided': 'conflict',
  'coverage.place_required': 'invalid',
} as const satisfies Record<string, ErrorKind>;

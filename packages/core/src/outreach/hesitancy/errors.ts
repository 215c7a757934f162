import type { ErrorKind } from '../../errors/domain-error.ts';

export const hesitancyErrorCodes = {
  'hesitancy.visit_in_future': 'invalid',
  'hesitancy.other_reason_required': 'invalid',
  'hesitancy.other_reason_without_other': 'invalid',
  'hesitancy.next_visit_not_after': 'invalid',
  'hesitancy.next_visit_required': 'invalid',
  'hesitancy.visit_exists': 'conflict',
} as const satisfies Record<string, ErrorKind>;

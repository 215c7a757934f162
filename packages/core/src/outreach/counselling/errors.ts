import type { ErrorKind } from '../../errors/domain-error.ts';

export const counsellingErrorCodes = {
  'counselling.group_participants': 'invalid',
  'counselling.group_has_no_members': 'invalid',
  'counselling.held_in_future': 'invalid',
  'counselling.session_exists': 'conflict',
} as const satisfies Record<string, ErrorKind>;

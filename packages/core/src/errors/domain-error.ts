import { financeErrorCodes } from '../finance/errors.ts';
import { outreachErrorCodes } from '../outreach/errors.ts';

/** How an error is meant to be understood; the HTTP edge maps each kind to one status code. */
export type ErrorKind =
  | 'invalid'
  | 'malformed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported_media_type'
  | 'rate_limited';

/** Every error code the system can return, with its kind. Each has a message in every catalogue. */
export const errorCodes = {
  'request.invalid': 'invalid',
  'request.malformed_json': 'malformed',
  'request.too_large': 'too_large',
  'request.unsupported_media_type': 'unsupported_media_type',
  'request.bad_cursor': 'invalid',
  'route.not_found': 'not_found',
  'auth.required': 'unauthenticated',
  'auth.invalid_credentials': 'unauthenticated',
  'auth.rate_limited': 'rate_limited',
  'auth.csrf_failed': 'forbidden',
  'access.denied': 'forbidden',
  'resource.not_found': 'not_found',
  'reference.not_found': 'invalid',
  'command.unknown_type': 'invalid',
  'command.id_reused': 'conflict',
  'sync.batch_too_large': 'too_large',
  'sync.scope_too_large': 'too_large',
  'org.slug_taken': 'conflict',
  'network.slug_taken': 'conflict',
  'area.parent_cycle': 'invalid',
  'area.kind_required': 'invalid',
  'person.probable_duplicate': 'conflict',
  'person.consent_required': 'invalid',
  'person.birth_conflict': 'invalid',
  'group.parent_not_federation': 'invalid',
  'group.federation_of_itself': 'invalid',
  'membership.already_member': 'conflict',
  'membership.not_current': 'conflict',
  'membership.leave_before_join': 'invalid',
  'membership.join_before_formed': 'invalid',
  'office.not_member': 'invalid',
  'office.person_holds_other': 'conflict',
  'office.term_order': 'invalid',
  'office.term_overlaps_history': 'conflict',
  'user.username_taken': 'conflict',
  'user.scope_required': 'invalid',
  'user.role_not_allowed': 'forbidden',
  'user.cannot_disable_self': 'conflict',
  'user.disabled': 'unauthenticated',
  ...financeErrorCodes,
  ...outreachErrorCodes,
} as const satisfies Record<string, ErrorKind>;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldIssue {
  field: string;
  reason: string;
  params?: Record<string, string | number>;
}

export interface DomainErrorOptions {
  field?: string;
  params?: Record<string, string | number>;
  issues?: FieldIssue[];
  details?: Record<string, unknown>;
  /** The currency of the money among the params, so the message can show ₹1,500.00 rather than 150000. */
  currency?: string;
}

/** The one error type of the domain: a stable code, the field at fault and what to say about it. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly params: Record<string, string | number>;
  readonly issues: FieldIssue[];
  readonly details: Record<string, unknown> | undefined;
  currency: string | undefined;

  constructor(code: ErrorCode, options: DomainErrorOptions = {}) {
    super(code);
    this.name = 'DomainError';
    this.code = code;
    this.field = options.field;
    this.params = options.params ?? {};
    this.issues = options.issues ?? [];
    this.details = options.details;
    this.currency = options.currency;
  }

  get kind(): ErrorKind {
    return errorCodes[this.code];
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

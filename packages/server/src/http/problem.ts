import {
  DomainError,
  type ErrorKind,
  formatMoney,
  hasMessage,
  type Locale,
  moneyParams,
  numberLocaleOf,
  translate,
} from '@groundwork/core';

const statusOfKind: Record<ErrorKind, number> = {
  invalid: 422,
  malformed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
};

export function statusOf(error: DomainError): number {
  return statusOfKind[error.kind];
}

export interface ProblemIssue {
  field: string;
  reason: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  field?: string;
  errors?: ProblemIssue[];
  [extra: string]: unknown;
}

/** Money among the params shown as money in the reader's language; everything else as it is. */
function paramsFor(error: DomainError, locale: Locale): Record<string, string | number> {
  const { currency } = error;
  if (!currency) return error.params;
  return Object.fromEntries(
    Object.entries(error.params).map(([name, value]) => [
      name,
      typeof value === 'number' && moneyParams.has(name)
        ? formatMoney(value, currency, numberLocaleOf(locale))
        : value,
    ]),
  );
}

/** An RFC 9457 problem in the reader's language: a stable code, a human message and the field at fault. */
export function toProblem(error: DomainError, locale: Locale): Problem {
  const key = `error.${error.code}`;
  const detail = hasMessage(key) ? translate(locale, key, paramsFor(error, locale)) : error.code;
  const errors = error.issues.map((issue) => {
    const reasonKey = `validation.${issue.reason}`;
    const reason = hasMessage(reasonKey) ? translate(locale, reasonKey, issue.params ?? {}) : issue.reason;
    return { field: issue.field, reason: issue.reason, message: `${issue.field}: ${reason}` };
  });
  const status = statusOf(error);
  return {
    type: `urn:groundwork:problem:${error.code}`,
    title: error.code,
    status,
    code: error.code,
    detail: errors.length > 0 ? `${detail} ${errors.map((e) => e.message).join('; ')}` : detail,
    ...(error.field ? { field: error.field } : {}),
    ...(errors.length > 0 ? { errors } : {}),
    ...(error.details ?? {}),
  };
}

/** Fastify's own errors (bad JSON, big bodies, wrong content type) as domain errors. */
export function fromFrameworkError(error: { code?: string; statusCode?: number }): DomainError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new DomainError('request.malformed_json', { field: 'body' });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DomainError('request.too_large', { field: 'body' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return new DomainError('request.unsupported_media_type', { field: 'content-type' });
    default:
      break;
  }
  if (error instanceof SyntaxError || (error.statusCode === 400 && error.code?.startsWith('FST_'))) {
    return new DomainError('request.malformed_json', { field: 'body' });
  }
  return undefined;
}

import type { ErrorKind } from '../../errors/domain-error.ts';

export const reportingErrorCodes = {} as const satisfies Record<string, ErrorKind>;

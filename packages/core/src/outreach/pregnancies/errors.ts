import type { ErrorKind } from '../../errors/domain-error.ts';

export const pregnanciesErrorCodes = {} as const satisfies Record<string, ErrorKind>;

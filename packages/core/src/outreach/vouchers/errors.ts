import type { ErrorKind } from '../../errors/domain-error.ts';

export const vouchersErrorCodes = {} as const satisfies Record<string, ErrorKind>;

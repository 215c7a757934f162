import type { ErrorKind } from '../../errors/domain-error.ts';

export const counsellingErrorCodes = {} as const satisfies Record<string, ErrorKind>;

import type { ErrorKind } from '../../errors/domain-error.ts';

export const distributionsErrorCodes = {} as const satisfies Record<string, ErrorKind>;

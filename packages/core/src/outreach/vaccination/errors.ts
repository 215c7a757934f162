import type { ErrorKind } from '../../errors/domain-error.ts';

export const vaccinationErrorCodes = {} as const satisfies Record<string, ErrorKind>;

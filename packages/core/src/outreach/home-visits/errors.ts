import type { ErrorKind } from '../../errors/domain-error.ts';

export const homeVisitsErrorCodes = {} as const satisfies Record<string, ErrorKind>;

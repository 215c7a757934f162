import type { ErrorKind } from '../../errors/domain-error.ts';

export const hesitancyErrorCodes = {} as const satisfies Record<string, ErrorKind>;

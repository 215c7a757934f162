import type { ErrorKind } from '../../errors/domain-error.ts';

export const tasksErrorCodes = {} as const satisfies Record<string, ErrorKind>;

import type { ErrorKind } from '../../errors/domain-error.ts';

export const tasksErrorCodes = {
  'tasks.worker_not_found': 'not_found',
  'tasks.not_outreach_worker': 'invalid',
} as const satisfies Record<string, ErrorKind>;

export * from './agenda.ts';
export * from './by-worker.ts';
export * from './due.ts';
export * from './task.ts';

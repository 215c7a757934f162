export * from './agenda.ts';
export * from './due.ts';
export * from './task.ts';

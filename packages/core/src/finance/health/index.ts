export * from './panchasutra.ts';
export * from './ratios.ts';
export type * from './summary.ts';

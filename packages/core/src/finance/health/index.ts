export * from './panchasutra.ts';
export * from './ratios.ts';

export * from './checks.ts';
export * from './follow-up.ts';
export * from './funnel.ts';
export * from './reports.ts';
export * from './schemas.ts';

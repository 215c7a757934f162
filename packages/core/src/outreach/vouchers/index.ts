export * from './eligibility.ts';
export * from './report.ts';
export * from './schemas.ts';

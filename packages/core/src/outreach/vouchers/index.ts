export * from './eligibility.ts';
export * from './schemas.ts';

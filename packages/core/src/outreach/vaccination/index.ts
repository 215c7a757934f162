export * from './age.ts';
export * from './coverage.ts';
export * from './coverage-report.ts';
export * from './doses.ts';
export * from './drive.ts';
export * from './errors.ts';
export * from './schemas.ts';

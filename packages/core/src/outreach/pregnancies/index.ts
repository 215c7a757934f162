export * from './deliveries-report.ts';
export * from './facility-deliveries.ts';
export * from './postnatal.ts';
export * from './rules.ts';
export * from './schemas.ts';
export * from './views.ts';

export * from './proof.ts';
export * from './schemas.ts';
export * from './stock.ts';
export * from './stock-report.ts';
export * from './views.ts';

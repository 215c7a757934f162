export * from './dhis2.ts';
export * from './network.ts';
export * from './register.ts';
export * from './suppression.ts';

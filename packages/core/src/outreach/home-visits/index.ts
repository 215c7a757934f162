export * from './age.ts';
export * from './measures.ts';
export * from './rhythm.ts';
export * from './schemas.ts';
export * from './views.ts';

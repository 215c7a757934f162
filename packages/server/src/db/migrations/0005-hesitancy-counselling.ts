import type { AnyDb } from './builders.ts';

export async function up(_db: AnyDb): Promise<void> {}

export async function down(): Promise<void> {
  throw new Error('Migrations are additive once released; restore a backup instead of migrating down.');
}

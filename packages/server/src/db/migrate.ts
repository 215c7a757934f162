import { type Kysely, type Migration, Migrator } from 'kysely';
import * as foundation from './migrations/0001-foundation.ts';
import type { Tables } from './schema.ts';

/** Every migration, in order. Released migrations are never edited: add a new one. */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
};

export async function migrateToLatest(db: Kysely<Tables>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

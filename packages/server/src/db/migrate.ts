import { type Kysely, type Migration, Migrator } from 'kysely';
import * as foundation from './migrations/0001-foundation.ts';
import * as finance from './migrations/0002-finance.ts';
import * as meetingWrites from './migrations/0003-meeting-writes.ts';
import * as vaccination from './migrations/0004-vaccination.ts';
import * as hesitancyCounselling from './migrations/0005-hesitancy-counselling.ts';
import * as homeVisitsPregnancies from './migrations/0006-home-visits-pregnancies.ts';
import * as distributionsVouchers from './migrations/0007-distributions-vouchers.ts';
import * as reporting from './migrations/0008-reporting.ts';
import * as onePostingIndex from './migrations/0009-one-posting-index.ts';
import type { Tables } from './schema.ts';

/** Every migration, in order. Released migrations are never edited: add a new one. */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-finance': finance,
  '0003-meeting-writes': meetingWrites,
  '0004-vaccination': vaccination,
  '0005-hesitancy-counselling': hesitancyCounselling,
  '0006-home-visits-pregnancies': homeVisitsPregnancies,
  '0007-distributions-vouchers': distributionsVouchers,
  '0008-reporting': reporting,
  '0009-one-posting-index': onePostingIndex,
};

/**
 * Brings the schema up to date. On PostgreSQL give the schema in use when it is not `public`: Kysely
 * otherwise looks for its bookkeeping tables in every schema of the database.
 */
export async function migrateToLatest(db: Kysely<Tables>, pgSchema?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(pgSchema ? { migrationTableSchema: pgSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the live schema types
type AnyDb = Kysely<any>;

/**
 * Fewer index writes per meeting. No query looks entries up by group and date (the books read the
 * postings, which carry the date), so that index goes. A member's postings are found by her id; the
 * group's own lines (cash, income) name nobody and no longer take a place in that index.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('fin_entries_group_date_idx').execute();
  await db.schema.dropIndex('fin_postings_person_idx').execute();
  await db.schema
    .createIndex('fin_postings_person_idx')
    .on('fin_postings')
    .columns(['org_id', 'group_id', 'person_id', 'entry_date'])
    .where(sql.ref('person_id'), 'is not', null)
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are additive once released; restore a backup instead of migrating down.');
}

import { type AnyDb, index } from './builders.ts';

/**
 * One index on postings instead of two. Every posting went into an index by account and another by
 * member, and each cost a sixth of the time it takes to write a meeting's rows. The member now rides at the end
 * of the account index: a passbook reads its group's postings from that index and keeps hers, without
 * touching the table for anyone else's. A group's postings are a few thousand a year, so that stays fast.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('fin_postings_person_idx').execute();
  await db.schema.dropIndex('fin_postings_account_idx').execute();
  await index(db, 'fin_postings_account_person_idx', 'fin_postings', [
    'org_id',
    'group_id',
    'account',
    'entry_date',
    'person_id',
  ]);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are additive once released; restore a backup instead of migrating down.');
}

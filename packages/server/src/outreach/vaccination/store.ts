import type { Kysely } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import { loadRecord } from '../rows.ts';
import { toDriveView } from './views.ts';

/** A vaccine of the organisation, or a refusal naming the field that pointed at it (404 when none). */
export const loadVaccine = (db: Kysely<Tables>, orgId: string, id: string, field?: string) =>
  loadRecord(db, 'vaccines', orgId, id, field);

/** A drive of the organisation with its sites, or a refusal naming the field (404 when none). */
export async function loadDrive(db: Kysely<Tables>, orgId: string, id: string, field?: string) {
  const row = await loadRecord(db, 'drives', orgId, id, field);
  const sites = await db
    .selectFrom('drive_sites')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('drive_id', '=', id)
    .execute();
  return toDriveView(row, sites);
}

/** Every drive of the organisation with its sites, latest first. */
export async function listDrives(db: Kysely<Tables>, orgId: string) {
  const [drives, sites] = await Promise.all([
    db
      .selectFrom('drives')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('starts_on', 'desc')
      .orderBy('id')
      .execute(),
    db.selectFrom('drive_sites').selectAll().where('org_id', '=', orgId).execute(),
  ]);
  return drives.map((d) =>
    toDriveView(
      d,
      sites.filter((s) => s.drive_id === d.id),
    ),
  );
}

/** A person's doses that count (none voided), of one vaccine or of all. */
export function countingDoses(db: Kysely<Tables>, orgId: string, personId: string, vaccineId?: string) {
  let query = db
    .selectFrom('doses')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('person_id', '=', personId)
    .where('voided_at', 'is', null);
  if (vaccineId) query = query.where('vaccine_id', '=', vaccineId);
  return query.orderBy('vaccine_id').orderBy('dose_number').execute();
}

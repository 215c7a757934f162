import { DomainError } from '@groundwork/core';
import { type Kysely, sql } from 'kysely';
import type { Tables } from '../db/schema.ts';
import type { OutreachTables } from './tables.ts';

/** The outreach tables whose records are known by `(org_id, id)`. */
type RecordTable = {
  [T in keyof OutreachTables]: OutreachTables[T] extends { org_id: string; id: string } ? T : never;
}[keyof OutreachTables];

/** A missing record named by a field of the payload is a bad reference (422); named by the address, a 404. */
export function missingRecord(field?: string): DomainError {
  return field
    ? new DomainError('reference.not_found', { field, params: { field } })
    : new DomainError('resource.not_found');
}

async function findRecord<T extends RecordTable>(
  db: Kysely<Tables>,
  table: T,
  orgId: string,
  id: string,
): Promise<Tables[T] | undefined> {
  const { rows } = await sql<
    Tables[T]
  >`SELECT * FROM ${sql.table(table)} WHERE org_id = ${orgId} AND id = ${id}`.execute(db);
  return rows[0];
}

/** A record of the organisation by id, or `missingRecord(field)`. */
export async function loadRecord<T extends RecordTable>(
  db: Kysely<Tables>,
  table: T,
  orgId: string,
  id: string,
  field?: string,
): Promise<Tables[T]> {
  const row = await findRecord(db, table, orgId, id);
  if (!row) throw missingRecord(field);
  return row;
}

/**
 * Whether a client-made id is already used in the organisation: the caller refuses it by name (each slice
 * with its own code) rather than let the insert fail on the primary key.
 */
export async function idTaken(
  db: Kysely<Tables>,
  table: RecordTable,
  orgId: string,
  id: string,
): Promise<boolean> {
  return (await findRecord(db, table, orgId, id)) !== undefined;
}

import { DomainError } from '@groundwork/core';
import { type Kysely, sql } from 'kysely';
import type { Tables } from './schema.ts';

type TenantTable =
  | 'areas'
  | 'households'
  | 'people'
  | 'groups'
  | 'memberships'
  | 'office_terms'
  | 'users'
  | 'meetings'
  | 'fin_entries'
  | 'bank_accounts'
  | 'loans';

/** A row of the organisation by id, or a refusal naming the field that pointed at it. */
export async function loadRow<T extends TenantTable>(
  db: Kysely<Tables>,
  table: T,
  orgId: string,
  id: string,
  field: string,
): Promise<Tables[T]> {
  const { rows } = await sql<
    Tables[T]
  >`SELECT * FROM ${sql.table(table)} WHERE org_id = ${orgId} AND id = ${id}`.execute(db);
  const row = rows[0];
  if (!row) throw new DomainError('reference.not_found', { field, params: { field } });
  return row;
}

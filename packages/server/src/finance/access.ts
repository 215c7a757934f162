import { DomainError } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/schema.ts';
import { ensure } from '../http/ensure.ts';
import type { AuthedRequest } from '../http/route.ts';

type Req = AuthedRequest<unknown, unknown, unknown>;

/** The group of the caller's organisation, if she may read its books; 404 otherwise. */
export async function readableGroup(req: Req, groupId: string) {
  const row = await req.app.database.db
    .selectFrom('groups')
    .selectAll()
    .where('org_id', '=', req.actor.orgId)
    .where('id', '=', groupId)
    .executeTakeFirst();
  if (!row) throw new DomainError('resource.not_found');
  ensure(req, 'finance.read', { areaId: row.area_id, groupIds: [row.id] }, 'not_found');
  return row;
}

/** The group that owns a record of the books (a meeting, loan, entry, bank account), checked as above. */
export async function ownerGroup(
  req: Req,
  table: 'meetings' | 'loans' | 'fin_entries' | 'bank_accounts',
  id: string,
) {
  const db: Kysely<Tables> = req.app.database.db;
  const row = await db
    .selectFrom(table)
    .select('group_id')
    .where('org_id', '=', req.actor.orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new DomainError('resource.not_found');
  return readableGroup(req, row.group_id);
}

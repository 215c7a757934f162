import { DomainError } from '@groundwork/core';
import { sql } from 'kysely';
import { ensure } from '../../http/ensure.ts';
import type { AuthedRequest } from '../../http/route.ts';

/**
 * The areas a read asks about: the area given and every area beneath it, so that a block's figures
 * include its villages. An area of another organisation, or outside the reader's scope, is a 404.
 * Null when no area was given: the reader's whole scope.
 */
export async function areaFilter(
  req: AuthedRequest<unknown, unknown, unknown>,
  areaId: string | undefined,
): Promise<string[] | null> {
  if (areaId === undefined) return null;
  const orgId = req.actor.orgId;
  const { rows } = await sql<{ id: string }>`
    WITH RECURSIVE below(id) AS (
      SELECT id FROM areas WHERE org_id = ${orgId} AND id = ${areaId}
      UNION
      SELECT a.id FROM areas a JOIN below b ON a.parent_id = b.id WHERE a.org_id = ${orgId}
    )
    SELECT id FROM below`.execute(req.app.database.db);
  if (rows.length === 0) throw new DomainError('resource.not_found');
  ensure(req, 'outreach.read', { areaId }, 'not_found');
  return rows.map((r) => r.id);
}

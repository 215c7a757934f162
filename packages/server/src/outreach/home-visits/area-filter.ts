import { DomainError } from '@groundwork/core';
import { ensure } from '../../http/ensure.ts';
import type { AuthedRequest } from '../../http/route.ts';
import { areaAndBelow } from '../areas.ts';

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
  const ids = await areaAndBelow(req.app.database.db, req.actor.orgId, areaId);
  if (ids.length === 0) throw new DomainError('resource.not_found');
  ensure(req, 'outreach.read', { areaId }, 'not_found');
  return ids;
}

import { type Action, can, DomainError, type Resource } from '@groundwork/core';
import type { AuthedRequest } from './route.ts';

/**
 * Asks the one access function. A role that may not do this at all gets 403. For a record outside the
 * caller's scope, `not_found` answers 404 so that its existence is not revealed.
 */
export function ensure(
  req: AuthedRequest<unknown, unknown, unknown>,
  action: Action,
  resource: Omit<Resource, 'orgId'>,
  refusal: 'forbidden' | 'not_found' = 'forbidden',
): void {
  if (can(req.actor, action, { ...resource, orgId: req.actor.orgId })) return;
  const mayAtAll = can(req.actor, action, { orgId: req.actor.orgId });
  throw new DomainError(refusal === 'not_found' && mayAtAll ? 'resource.not_found' : 'access.denied');
}

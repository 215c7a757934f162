import { type Action, can, DomainError, type Resource } from '@groundwork/core';
import type { AuthedRequest } from './route.ts';

/**
 * Asks the one access function. For a record outside the caller's scope, `not_found` answers 404 so that
 * its existence is not revealed; otherwise the answer is 403.
 */
export function ensure(
  req: AuthedRequest<unknown, unknown, unknown>,
  action: Action,
  resource: Omit<Resource, 'orgId'>,
  refusal: 'forbidden' | 'not_found' = 'forbidden',
): void {
  if (can(req.actor, action, { ...resource, orgId: req.actor.orgId })) return;
  throw new DomainError(refusal === 'not_found' ? 'resource.not_found' : 'access.denied');
}

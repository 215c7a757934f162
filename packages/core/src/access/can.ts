import {
  type Action,
  assignableRoles,
  healthRoles,
  type Role,
  rolePermissions,
  scopedRoles,
  sensitiveCapableRoles,
} from './roles.ts';

/** Where a user may act. Area ids already include every descendant of the areas the user was given. */
export interface Scope {
  areaIds: ReadonlySet<string>;
  groupIds: ReadonlySet<string>;
}

export interface Actor {
  userId: string;
  orgId: string;
  role: Role;
  sensitiveAccess: boolean;
  scope: Scope;
}

/** What an action is about. Leave areaId and groupIds out for organisation-wide things (lists, settings). */
export interface Resource {
  orgId: string;
  areaId?: string | null;
  groupIds?: readonly string[];
  /** For user management: the role being given or held by the user acted upon. */
  targetRole?: Role;
}

export function isScoped(actor: Actor): boolean {
  return scopedRoles.has(actor.role);
}

export function inScope(actor: Actor, resource: Resource): boolean {
  if (!isScoped(actor)) return true;
  if (resource.areaId && actor.scope.areaIds.has(resource.areaId)) return true;
  return (resource.groupIds ?? []).some((id) => actor.scope.groupIds.has(id));
}

/**
 * The one access decision. Every route and command asks it; nothing else decides.
 * A resource of another organisation is always refused, whatever the role.
 */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  if (resource.orgId !== actor.orgId) return false;
  if (!rolePermissions[actor.role].has(action)) return false;
  if (action === 'person.sensitive.read' || action === 'person.sensitive.write') {
    if (!actor.sensitiveAccess || !sensitiveCapableRoles.has(actor.role)) return false;
  }
  // What a counsellor wrote is for health roles, or for a manager who holds the sensitive-data grant.
  if (action === 'counselling.content.read' && !healthRoles.has(actor.role) && !actor.sensitiveAccess) {
    return false;
  }
  if (
    action === 'user.manage' &&
    resource.targetRole &&
    !assignableRoles[actor.role].has(resource.targetRole)
  ) {
    return false;
  }
  const organisationWide = resource.areaId === undefined && resource.groupIds === undefined;
  if (organisationWide) return true;
  return inScope(actor, resource);
}

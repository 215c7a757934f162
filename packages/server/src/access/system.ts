import type { Actor } from '@groundwork/core';

/**
 * The installation's own hand, used by the CLI (user add, imports, demo data). It is an admin of one
 * organisation with every grant, and its commands are logged with this user id and the device `cli`.
 */
export function systemActor(orgId: string): Actor {
  return {
    userId: 'system',
    orgId,
    role: 'admin',
    sensitiveAccess: true,
    scope: { areaIds: new Set(), groupIds: new Set() },
  };
}

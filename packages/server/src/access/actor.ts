import type { Actor, Role } from '@groundwork/core';
import { type Kysely, sql } from 'kysely';
import type { Tables } from '../db/schema.ts';

export interface UserRow {
  id: string;
  org_id: string;
  role: string;
  sensitive_access: number;
}

/** Builds the actor for a user: role, explicit grants, and scope with every descendant area included. */
export async function loadActor(db: Kysely<Tables>, user: UserRow): Promise<Actor> {
  const areas = await sql<{ id: string }>`
    WITH RECURSIVE scope_areas(id) AS (
      SELECT area_id FROM user_areas WHERE org_id = ${user.org_id} AND user_id = ${user.id}
      UNION
      SELECT a.id FROM areas a JOIN scope_areas s ON a.parent_id = s.id WHERE a.org_id = ${user.org_id}
    )
    SELECT id FROM scope_areas`.execute(db);
  const groups = await db
    .selectFrom('user_groups')
    .select('group_id')
    .where('org_id', '=', user.org_id)
    .where('user_id', '=', user.id)
    .execute();
  return {
    userId: user.id,
    orgId: user.org_id,
    role: user.role as Role,
    sensitiveAccess: user.sensitive_access === 1,
    scope: {
      areaIds: new Set(areas.rows.map((r) => r.id)),
      groupIds: new Set(groups.map((g) => g.group_id)),
    },
  };
}

import { DomainError, idSchema, passwordSchema, roles, userCreate, userUpdate } from '@groundwork/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Tables } from '../db/schema.ts';
import { ensure } from '../http/ensure.ts';
import { route } from '../http/route.ts';
import { runCommand } from '../http/run-command.ts';
import { decodeCursor, page, pageQuery } from '../shared/pagination.ts';

const idParams = z.strictObject({ id: idSchema });

type UserRow = Tables['users'];

async function scopesOf(db: Kysely<Tables>, orgId: string, userIds: string[]) {
  const scopes = new Map(userIds.map((id) => [id, { areaIds: [] as string[], groupIds: [] as string[] }]));
  if (userIds.length === 0) return scopes;
  const areas = await db
    .selectFrom('user_areas')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('user_id', 'in', userIds)
    .execute();
  const groups = await db
    .selectFrom('user_groups')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('user_id', 'in', userIds)
    .execute();
  for (const a of areas) scopes.get(a.user_id)?.areaIds.push(a.area_id);
  for (const g of groups) scopes.get(g.user_id)?.groupIds.push(g.group_id);
  return scopes;
}

/** Never the password hash. */
function toUserView(row: UserRow, scope: { areaIds: string[]; groupIds: string[] }) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    locale: row.locale,
    sensitiveAccess: row.sensitive_access === 1,
    disabled: row.disabled_at !== null,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
    scope,
  };
}

export const userRoutes = [
  route({
    method: 'GET',
    url: '/api/users',
    summary: 'Users of your organisation',
    tag: 'users',
    query: z.strictObject({
      ...pageQuery,
      role: z.enum(roles).optional(),
      q: z.string().trim().min(1).max(64).optional(),
      disabled: z.enum(['true', 'false']).optional(),
    }),
    async handler(req) {
      ensure(req, 'user.read', {});
      const { limit, cursor, role, q, disabled } = req.query;
      const after = decodeCursor(cursor);
      const db = req.app.database.db;
      let query = db.selectFrom('users').selectAll().where('org_id', '=', req.actor.orgId);
      if (after) query = query.where('id', '>', after);
      if (role) query = query.where('role', '=', role);
      if (q) query = query.where('username', 'like', `%${q.toLowerCase().replace(/[%_]/g, '')}%`);
      if (disabled) query = query.where('disabled_at', disabled === 'true' ? 'is not' : 'is', null);
      const rows = await query
        .orderBy('id')
        .limit(limit + 1)
        .execute();
      const scopes = await scopesOf(
        db,
        req.actor.orgId,
        rows.map((r) => r.id),
      );
      return page(
        rows.map((r) => toUserView(r, scopes.get(r.id)!)),
        limit,
      );
    },
  }),
  route({
    method: 'GET',
    url: '/api/users/:id',
    summary: 'One user',
    tag: 'users',
    params: idParams,
    async handler(req) {
      ensure(req, 'user.read', {}, 'not_found');
      const db = req.app.database.db;
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!row) throw new DomainError('resource.not_found');
      const scopes = await scopesOf(db, req.actor.orgId, [row.id]);
      return toUserView(row, scopes.get(row.id)!);
    },
  }),
  route({
    method: 'POST',
    url: '/api/users',
    summary: 'Add a user with a role and, for field roles, the areas or groups she works in',
    tag: 'users',
    body: userCreate,
    handler: (req) => runCommand(req, 'user.create', req.body),
  }),
  route({
    method: 'PATCH',
    url: '/api/users/:id',
    summary: 'Change a user’s role, scope, language or sensitive-data grant',
    tag: 'users',
    params: idParams,
    body: userUpdate.omit({ id: true }),
    handler: (req) => runCommand(req, 'user.update', req.body, { id: req.params.id }),
  }),
  route({
    method: 'POST',
    url: '/api/users/:id/disable',
    summary: 'Disable a user; her sessions end at once',
    tag: 'users',
    params: idParams,
    handler: (req) => runCommand(req, 'user.disable', {}, { id: req.params.id }),
  }),
  route({
    method: 'POST',
    url: '/api/users/:id/password',
    summary: 'Set a new password; every session of the user ends',
    tag: 'users',
    params: idParams,
    body: z.strictObject({ password: passwordSchema }),
    handler: (req) => runCommand(req, 'user.reset_password', req.body, { id: req.params.id }),
  }),
];

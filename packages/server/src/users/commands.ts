import {
  accountLocale,
  DomainError,
  newId,
  type Role,
  scopedRoles,
  sensitiveCapableRoles,
  userCreate,
  userDisable,
  userResetPassword,
  userUpdate,
} from '@groundwork/core';
import { hashPassword } from '../auth/passwords.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import { type CommandContext, defineCommand } from '../commands/context.ts';
import { isUniqueViolation } from '../db/database.ts';
import { loadRow } from '../db/rows.ts';

interface ScopeInput {
  areaIds: string[];
  groupIds: string[];
}

function loadUser(ctx: CommandContext, id: string) {
  return loadRow(ctx.trx, 'users', ctx.org.id, id, 'id');
}

/**
 * Managing a user needs the right to hand out her role. Managing one who may read sensitive data also
 * needs that right oneself, or a manager could reset her password and read through her account.
 */
function ensureManage(ctx: CommandContext, role: Role, holdsSensitive = false) {
  ctx.ensure('user.manage', { targetRole: role });
  if (holdsSensitive) ctx.ensure('person.sensitive.read', {});
}

/** Nobody hands out a grant to sensitive data that she does not hold herself. */
function sensitiveFor(ctx: CommandContext, role: Role, wanted: boolean, had: boolean): number {
  const granted = wanted && sensitiveCapableRoles.has(role);
  if (granted && !had) ctx.ensure('person.sensitive.read', {});
  return granted ? 1 : 0;
}

/** Every id must name a row of the organisation; the first that does not is the field at fault. */
async function requireAll(ctx: CommandContext, table: 'areas' | 'groups', ids: string[], field: string) {
  if (ids.length === 0) return;
  const found = new Set(
    (
      await ctx.trx
        .selectFrom(table)
        .select('id')
        .where('org_id', '=', ctx.org.id)
        .where('id', 'in', ids)
        .execute()
    ).map((r) => r.id),
  );
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0) {
    throw new DomainError('reference.not_found', {
      field: `${field}.${missing}`,
      params: { field: `${field}.${missing}` },
    });
  }
}

async function checkScope(ctx: CommandContext, role: Role, scope: ScopeInput) {
  if (scopedRoles.has(role) && scope.areaIds.length + scope.groupIds.length === 0) {
    throw new DomainError('user.scope_required', { field: 'scope', params: { role } });
  }
  await requireAll(ctx, 'areas', scope.areaIds, 'scope.areaIds');
  await requireAll(ctx, 'groups', scope.groupIds, 'scope.groupIds');
}

async function writeScope(ctx: CommandContext, userId: string, scope: ScopeInput) {
  await ctx.trx
    .deleteFrom('user_areas')
    .where('org_id', '=', ctx.org.id)
    .where('user_id', '=', userId)
    .execute();
  await ctx.trx
    .deleteFrom('user_groups')
    .where('org_id', '=', ctx.org.id)
    .where('user_id', '=', userId)
    .execute();
  const areas = [...new Set(scope.areaIds)].map((area_id) => ({
    org_id: ctx.org.id,
    user_id: userId,
    area_id,
  }));
  const groups = [...new Set(scope.groupIds)].map((group_id) => ({
    org_id: ctx.org.id,
    user_id: userId,
    group_id,
  }));
  if (areas.length > 0) await ctx.trx.insertInto('user_areas').values(areas).execute();
  if (groups.length > 0) await ctx.trx.insertInto('user_groups').values(groups).execute();
}

export const createUser = defineCommand({
  type: 'user.create',
  schema: userCreate,
  sensitive: true,
  async apply(ctx, p) {
    ensureManage(ctx, p.role);
    const scope = p.scope ?? { areaIds: [], groupIds: [] };
    await checkScope(ctx, p.role, scope);
    const id = p.id ?? newId();
    const taken = await ctx.trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', p.username)
      .executeTakeFirst();
    if (taken)
      throw new DomainError('user.username_taken', { field: 'username', params: { username: p.username } });
    try {
      await ctx.trx
        .insertInto('users')
        .values({
          org_id: ctx.org.id,
          id,
          username: p.username,
          display_name: p.displayName ?? null,
          password_hash: await hashPassword(p.password),
          role: p.role,
          locale: p.locale ?? null,
          sensitive_access: sensitiveFor(ctx, p.role, p.sensitiveAccess, false),
          disabled_at: null,
          created_at: ctx.now,
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('user.username_taken', { field: 'username', params: { username: p.username } });
      }
      throw error;
    }
    await writeScope(ctx, id, scope);
    return { id };
  },
});

export const updateUser = defineCommand({
  type: 'user.update',
  schema: userUpdate,
  async apply(ctx, p) {
    const user = await loadUser(ctx, p.id);
    ensureManage(ctx, user.role as Role, user.sensitive_access === 1);
    const role = (p.role ?? user.role) as Role;
    ensureManage(ctx, role);
    if (p.scope || p.role) {
      const scope = p.scope ?? (await currentScope(ctx, p.id));
      await checkScope(ctx, role, scope);
      await writeScope(ctx, p.id, scope);
    }
    await ctx.trx
      .updateTable('users')
      .set({
        display_name: p.displayName ?? user.display_name,
        role,
        locale: p.locale ?? user.locale,
        sensitive_access: sensitiveFor(
          ctx,
          role,
          p.sensitiveAccess ?? user.sensitive_access === 1,
          user.sensitive_access === 1,
        ),
      })
      .where('org_id', '=', ctx.org.id)
      .where('id', '=', p.id)
      .execute();
    return { id: p.id };
  },
});

async function currentScope(ctx: CommandContext, userId: string): Promise<ScopeInput> {
  const areas = await ctx.trx
    .selectFrom('user_areas')
    .select('area_id')
    .where('org_id', '=', ctx.org.id)
    .where('user_id', '=', userId)
    .execute();
  const groups = await ctx.trx
    .selectFrom('user_groups')
    .select('group_id')
    .where('org_id', '=', ctx.org.id)
    .where('user_id', '=', userId)
    .execute();
  return { areaIds: areas.map((a) => a.area_id), groupIds: groups.map((g) => g.group_id) };
}

export const disableUser = defineCommand({
  type: 'user.disable',
  schema: userDisable,
  async apply(ctx, p) {
    const user = await loadUser(ctx, p.id);
    ensureManage(ctx, user.role as Role);
    if (user.id === ctx.actor.userId) throw new DomainError('user.cannot_disable_self', { field: 'id' });
    if (!user.disabled_at) {
      await ctx.trx
        .updateTable('users')
        .set({ disabled_at: ctx.now })
        .where('org_id', '=', ctx.org.id)
        .where('id', '=', p.id)
        .execute();
    }
    await revokeUserSessions(ctx.trx, ctx.org.id, p.id);
    return { id: p.id };
  },
});

export const resetPassword = defineCommand({
  type: 'user.reset_password',
  schema: userResetPassword,
  sensitive: true,
  async apply(ctx, p) {
    const user = await loadUser(ctx, p.id);
    if (user.id !== ctx.actor.userId) ensureManage(ctx, user.role as Role, user.sensitive_access === 1);
    await ctx.trx
      .updateTable('users')
      .set({ password_hash: await hashPassword(p.password) })
      .where('org_id', '=', ctx.org.id)
      .where('id', '=', p.id)
      .execute();
    await revokeUserSessions(ctx.trx, ctx.org.id, p.id);
    return { id: p.id };
  },
});

/** Any signed-in user sets her own language; it is not managing a user, so no manager right is asked. */
export const setAccountLocale = defineCommand({
  type: 'account.set_locale',
  schema: accountLocale,
  async apply(ctx, p) {
    ctx.ensure('account.update', {});
    await ctx.trx
      .updateTable('users')
      .set({ locale: p.locale })
      .where('org_id', '=', ctx.org.id)
      .where('id', '=', ctx.actor.userId)
      .execute();
    return { id: ctx.actor.userId, locale: p.locale };
  },
});

export const userCommands = [createUser, updateUser, disableUser, resetPassword, setAccountLocale];

import {
  DomainError,
  type GroupKind,
  groupCreate,
  groupKinds,
  groupStatuses,
  groupUpdate,
  idSchema,
  membershipAdd,
  membershipEnd,
  officeAssign,
  officeEnd,
  sizeRules,
  sizeWarning,
} from '@groundwork/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { groupsInScope } from '../access/scope-sql.ts';
import type { Tables } from '../db/schema.ts';
import { ensure } from '../http/ensure.ts';
import { route } from '../http/route.ts';
import { runCommand } from '../http/run-command.ts';
import { decodeCursor, page, pageQuery } from '../shared/pagination.ts';
import { toGroupView, toMembershipView, toOfficeTermView } from './view.ts';

const idParams = z.strictObject({ id: idSchema });

async function loadGroup(db: Kysely<Tables>, orgId: string, id: string) {
  const row = await db
    .selectFrom('groups')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new DomainError('resource.not_found');
  return row;
}

async function memberCounts(db: Kysely<Tables>, orgId: string, groupIds: string[]) {
  if (groupIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('memberships')
    .select(['group_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('org_id', '=', orgId)
    .where('group_id', 'in', groupIds)
    .where('left_on', 'is', null)
    .groupBy('group_id')
    .execute();
  return new Map(rows.map((r) => [r.group_id, Number(r.n)]));
}

export const groupRoutes = [
  route({
    method: 'GET',
    url: '/api/groups',
    summary: 'Groups in your scope, filtered and paged',
    tag: 'groups',
    query: z.strictObject({
      ...pageQuery,
      kind: z.enum(groupKinds).optional(),
      status: z.enum(groupStatuses).optional(),
      areaId: idSchema.optional(),
      parentId: idSchema.optional(),
      q: z.string().trim().min(1).max(100).optional(),
    }),
    async handler(req) {
      ensure(req, 'group.read', {});
      const { limit, cursor, kind, status, areaId, parentId, q } = req.query;
      const after = decodeCursor(cursor);
      const db = req.app.database.db;
      let query = db
        .selectFrom('groups')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where(groupsInScope(req.actor));
      if (after) query = query.where('id', '>', after);
      if (kind) query = query.where('kind', '=', kind);
      if (status) query = query.where('status', '=', status);
      if (areaId) query = query.where('area_id', '=', areaId);
      if (parentId) query = query.where('parent_id', '=', parentId);
      if (q) query = query.where('name', 'like', `%${q.replace(/[%_]/g, '')}%`);
      const rows = await query
        .orderBy('id')
        .limit(limit + 1)
        .execute();
      const counts = await memberCounts(
        db,
        req.actor.orgId,
        rows.map((r) => r.id),
      );
      return page(
        rows.map((r) => ({ ...toGroupView(r), memberCount: counts.get(r.id) ?? 0 })),
        limit,
      );
    },
  }),
  route({
    method: 'GET',
    url: '/api/groups/:id',
    summary: 'One group with its member count, size warning and current office holders',
    tag: 'groups',
    params: idParams,
    async handler(req) {
      const db = req.app.database.db;
      const row = await loadGroup(db, req.actor.orgId, req.params.id);
      ensure(req, 'group.read', { areaId: row.area_id, groupIds: [row.id] }, 'not_found');
      const count = (await memberCounts(db, req.actor.orgId, [row.id])).get(row.id) ?? 0;
      const offices = await db
        .selectFrom('office_terms')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where('group_id', '=', row.id)
        .where('term_end', 'is', null)
        .execute();
      const warning = sizeWarning(row.kind as GroupKind, count);
      const rule = sizeRules[row.kind as GroupKind];
      return {
        ...toGroupView(row),
        memberCount: count,
        warnings: warning && rule ? [{ code: warning, params: { count, min: rule.min, max: rule.max } }] : [],
        officeHolders: offices.map(toOfficeTermView),
      };
    },
  }),
  route({
    method: 'POST',
    url: '/api/groups',
    summary: 'Form a group',
    tag: 'groups',
    body: groupCreate,
    handler: (req) => runCommand(req, 'group.create', req.body),
  }),
  route({
    method: 'PATCH',
    url: '/api/groups/:id',
    summary: 'Change a group: name, cadence, status, federation, constitution',
    tag: 'groups',
    params: idParams,
    body: groupUpdate.omit({ id: true }),
    handler: (req) => runCommand(req, 'group.update', req.body, { id: req.params.id }),
  }),
  route({
    method: 'GET',
    url: '/api/groups/:id/members',
    summary: 'Memberships of a group, current first, with leaving dates and reasons',
    tag: 'groups',
    params: idParams,
    query: z.strictObject({ current: z.enum(['true', 'false']).optional() }),
    async handler(req) {
      const db = req.app.database.db;
      const group = await loadGroup(db, req.actor.orgId, req.params.id);
      ensure(req, 'group.read', { areaId: group.area_id, groupIds: [group.id] }, 'not_found');
      let query = db
        .selectFrom('memberships')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where('group_id', '=', group.id);
      if (req.query.current === 'true') query = query.where('left_on', 'is', null);
      const rows = await query.orderBy('joined_on').orderBy('id').execute();
      return { items: rows.map(toMembershipView) };
    },
  }),
  route({
    method: 'POST',
    url: '/api/groups/:id/members',
    summary: 'Add a person to the group (warns when the group grows past its usual size)',
    tag: 'groups',
    params: idParams,
    body: membershipAdd.omit({ groupId: true }),
    handler: (req) => runCommand(req, 'membership.add', req.body, { groupId: req.params.id }),
  }),
  route({
    method: 'POST',
    url: '/api/memberships/:id/end',
    summary: 'A member leaves: date and reason; her open offices end the same day',
    tag: 'groups',
    params: idParams,
    body: membershipEnd.omit({ id: true }),
    handler: (req) => runCommand(req, 'membership.end', req.body, { id: req.params.id }),
  }),
  route({
    method: 'GET',
    url: '/api/groups/:id/offices',
    summary: 'Every office term of the group, the election history included',
    tag: 'groups',
    params: idParams,
    async handler(req) {
      const db = req.app.database.db;
      const group = await loadGroup(db, req.actor.orgId, req.params.id);
      ensure(req, 'group.read', { areaId: group.area_id, groupIds: [group.id] }, 'not_found');
      const rows = await db
        .selectFrom('office_terms')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where('group_id', '=', group.id)
        .orderBy('term_start')
        .orderBy('id')
        .execute();
      return { items: rows.map(toOfficeTermView) };
    },
  }),
  route({
    method: 'POST',
    url: '/api/groups/:id/offices',
    summary: 'Record an election: the person takes the office and the sitting holder’s term ends',
    tag: 'groups',
    params: idParams,
    body: officeAssign.omit({ groupId: true }),
    handler: (req) => runCommand(req, 'office.assign', req.body, { groupId: req.params.id }),
  }),
  route({
    method: 'POST',
    url: '/api/office-terms/:id/end',
    summary: 'End an office term',
    tag: 'groups',
    params: idParams,
    body: officeEnd.omit({ id: true }),
    handler: (req) => runCommand(req, 'office.end', req.body, { id: req.params.id }),
  }),
];

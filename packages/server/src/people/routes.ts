import {
  consentInput,
  householdCreate,
  idSchema,
  personCreate,
  personUpdate,
  sensitiveAttributes,
} from '@groundwork/core';
import { z } from 'zod';
import { householdsInScope, peopleInScope } from '../access/scope-sql.ts';
import { audit } from '../audit/audit.ts';
import { ensure } from '../http/ensure.ts';
import { route } from '../http/route.ts';
import { deviceOf, runCommand } from '../http/run-command.ts';
import { decodeCursor, page, pageQuery } from '../shared/pagination.ts';
import { currentGroupIds, loadPerson, toPersonView } from './store.ts';

const idParams = z.strictObject({ id: idSchema });

const listQuery = z.strictObject({
  ...pageQuery,
  q: z.string().trim().min(1).max(100).optional(),
  areaId: idSchema.optional(),
  groupId: idSchema.optional(),
  sex: z.enum(['female', 'male', 'other', 'unknown']).optional(),
});

export const peopleRoutes = [
  route({
    method: 'GET',
    url: '/api/people',
    summary: 'People in your scope, filtered and paged',
    tag: 'people',
    query: listQuery,
    async handler(req) {
      ensure(req, 'person.read', {});
      const { limit, cursor, q, areaId, groupId, sex } = req.query;
      const after = decodeCursor(cursor);
      const db = req.app.database.db;
      let query = db
        .selectFrom('people')
        .selectAll('people')
        .where('people.org_id', '=', req.actor.orgId)
        .where(peopleInScope(req.actor));
      if (after) query = query.where('people.id', '>', after);
      if (q) query = query.where('people.name_key', 'like', `%${q.toLowerCase().replace(/[%_]/g, '')}%`);
      if (areaId) query = query.where('people.area_id', '=', areaId);
      if (sex) query = query.where('people.sex', '=', sex);
      if (groupId) {
        query = query.where((eb) =>
          eb(
            'people.id',
            'in',
            eb
              .selectFrom('memberships')
              .select('person_id')
              .where('org_id', '=', req.actor.orgId)
              .where('group_id', '=', groupId)
              .where('left_on', 'is', null),
          ),
        );
      }
      const rows = await query
        .orderBy('people.id')
        .limit(limit + 1)
        .execute();
      const groups = await currentGroupIds(
        db,
        req.actor.orgId,
        rows.map((r) => r.id),
      );
      return page(
        rows.map((r) => toPersonView(r, groups.get(r.id) ?? [])),
        limit,
      );
    },
  }),
  route({
    method: 'GET',
    url: '/api/people/:id',
    summary: 'One person (without sensitive attributes)',
    tag: 'people',
    params: idParams,
    async handler(req) {
      const person = await loadPerson(req.app.database.db, req.actor.orgId, req.params.id);
      ensure(req, 'person.read', person.resource, 'not_found');
      return toPersonView(person.row, person.groupIds);
    },
  }),
  route({
    method: 'POST',
    url: '/api/people',
    summary: 'Register a person (warns about a probable duplicate unless allowDuplicate is set)',
    tag: 'people',
    body: personCreate,
    handler: (req) => runCommand(req, 'person.create', req.body),
  }),
  route({
    method: 'PATCH',
    url: '/api/people/:id',
    summary: 'Change a person’s details',
    tag: 'people',
    params: idParams,
    body: personUpdate.omit({ id: true }),
    handler: (req) => runCommand(req, 'person.update', req.body, { id: req.params.id }),
  }),
  route({
    method: 'POST',
    url: '/api/people/:id/consent',
    summary: 'Record whether the person gave consent, and when',
    tag: 'people',
    params: idParams,
    body: consentInput,
    handler: (req) => runCommand(req, 'person.consent.record', req.body, { personId: req.params.id }),
  }),
  route({
    method: 'GET',
    url: '/api/people/:id/sensitive',
    summary: 'Sensitive attributes of a person (needs the explicit permission; every read is audited)',
    tag: 'people',
    params: idParams,
    async handler(req) {
      const db = req.app.database.db;
      const person = await loadPerson(db, req.actor.orgId, req.params.id);
      ensure(req, 'person.read', person.resource, 'not_found');
      ensure(req, 'person.sensitive.read', person.resource);
      const row = await db
        .selectFrom('person_sensitive')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where('person_id', '=', req.params.id)
        .executeTakeFirst();
      await audit(db, req.actor, {
        action: 'person.sensitive.read',
        entity: 'person',
        entityId: req.params.id,
        deviceId: deviceOf(req),
      });
      return {
        personId: req.params.id,
        attributes: row ? JSON.parse(row.attributes) : {},
        updatedAt: row?.updated_at ?? null,
      };
    },
  }),
  route({
    method: 'PUT',
    url: '/api/people/:id/sensitive',
    summary: 'Set sensitive attributes (needs consent and the explicit permission)',
    tag: 'people',
    params: idParams,
    body: sensitiveAttributes,
    handler: (req) =>
      runCommand(req, 'person.sensitive.set', { attributes: req.body }, { personId: req.params.id }),
  }),
  route({
    method: 'GET',
    url: '/api/households',
    summary: 'Households in your scope',
    tag: 'people',
    query: z.strictObject({ ...pageQuery, areaId: idSchema.optional() }),
    async handler(req) {
      ensure(req, 'household.read', {});
      const after = decodeCursor(req.query.cursor);
      let query = req.app.database.db
        .selectFrom('households')
        .selectAll()
        .where('org_id', '=', req.actor.orgId)
        .where(householdsInScope(req.actor));
      if (after) query = query.where('id', '>', after);
      if (req.query.areaId) query = query.where('area_id', '=', req.query.areaId);
      const rows = await query
        .orderBy('id')
        .limit(req.query.limit + 1)
        .execute();
      return page(
        rows.map((r) => ({ id: r.id, name: r.name, areaId: r.area_id, createdAt: r.created_at })),
        req.query.limit,
      );
    },
  }),
  route({
    method: 'POST',
    url: '/api/households',
    summary: 'Add a household',
    tag: 'people',
    body: householdCreate,
    handler: (req) => runCommand(req, 'household.create', req.body),
  }),
];

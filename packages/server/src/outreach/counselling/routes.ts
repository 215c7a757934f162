import {
  can,
  confidentialCounsellingKinds,
  counsellingRecordInput,
  DomainError,
  dateSchema,
  idSchema,
} from '@groundwork/core';
import { z } from 'zod';
import { peopleInScope } from '../../access/scope-sql.ts';
import { audit } from '../../audit/audit.ts';
import { ensure } from '../../http/ensure.ts';
import { type AnyRoute, type AuthedRequest, route } from '../../http/route.ts';
import { deviceOf, runCommand } from '../../http/run-command.ts';
import { loadPeople, loadPerson } from '../../people/store.ts';
import { decodeCursor, page, pageQuery } from '../../shared/pagination.ts';
import { areaAndBelow } from '../areas.ts';
import { loadRecord } from '../rows.ts';
import { participantsOf, toSessionView } from './store.ts';

const idParams = z.strictObject({ id: idSchema });

/** A session of the organisation with its people, or 404. */
async function loadSession(req: AuthedRequest<unknown, unknown, unknown>, id: string) {
  ensure(req, 'outreach.read', {});
  const db = req.app.database.db;
  const row = await loadRecord(db, 'counselling_sessions', req.actor.orgId, id);
  const personIds = (await participantsOf(db, req.actor.orgId, [id])).get(id) ?? [];
  const loaded = await loadPeople(db, req.actor.orgId, personIds);
  const people = personIds.flatMap((personId) => loaded.get(personId) ?? []);
  const hidden = people.some(
    (p) => !can(req.actor, 'counselling.content.read', { ...p.resource, orgId: req.actor.orgId }),
  );
  if (confidentialCounsellingKinds.has(row.kind) && hidden) throw new DomainError('resource.not_found');
  return { row, people };
}

export const counsellingRoutes: AnyRoute[] = [
  route({
    method: 'POST',
    url: '/api/outreach/counselling',
    summary: 'Record a counselling session, individual or group (its notes are confidential)',
    tag: 'outreach',
    body: counsellingRecordInput,
    handler: (req) => runCommand(req, 'counselling.record', req.body),
  }),
  route({
    method: 'GET',
    url: '/api/outreach/counselling',
    summary: 'Counselling sessions (without their notes) of a person or an area, latest recorded first',
    tag: 'outreach',
    query: z.strictObject({
      ...pageQuery,
      personId: idSchema.optional(),
      areaId: idSchema.optional(),
      from: dateSchema.optional(),
      to: dateSchema.optional(),
    }),
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const db = req.app.database.db;
      const { personId, areaId, from, to, limit } = req.query;
      if (personId) {
        const person = await loadPerson(db, req.actor.orgId, personId);
        ensure(req, 'outreach.read', person.resource, 'not_found');
      }
      let areaIds: string[] | null = null;
      if (areaId) {
        areaIds = await areaAndBelow(db, req.actor.orgId, areaId);
        if (areaIds.length === 0) throw new DomainError('resource.not_found');
        ensure(req, 'outreach.read', { areaId }, 'not_found');
      }
      const after = decodeCursor(req.query.cursor);
      let query = db
        .selectFrom('counselling_sessions')
        .selectAll()
        .where('counselling_sessions.org_id', '=', req.actor.orgId)
        .where((eb) => {
          let people = eb
            .selectFrom('counselling_participants')
            .innerJoin('people', (j) =>
              j
                .onRef('people.org_id', '=', 'counselling_participants.org_id')
                .onRef('people.id', '=', 'counselling_participants.person_id'),
            )
            .select('counselling_participants.person_id')
            .whereRef('counselling_participants.org_id', '=', 'counselling_sessions.org_id')
            .whereRef('counselling_participants.session_id', '=', 'counselling_sessions.id')
            .where(peopleInScope(req.actor));
          if (personId) people = people.where('people.id', '=', personId);
          if (areaIds) people = people.where('people.area_id', 'in', areaIds);
          return eb.exists(people);
        });
      if (from) query = query.where('counselling_sessions.held_on', '>=', from);
      if (to) query = query.where('counselling_sessions.held_on', '<=', to);
      if (after) query = query.where('counselling_sessions.id', '<', after);
      if (!can(req.actor, 'counselling.content.read', { orgId: req.actor.orgId })) {
        query = query.where('counselling_sessions.kind', 'not in', [...confidentialCounsellingKinds]);
      }
      const rows = await query
        .orderBy('counselling_sessions.id', 'desc')
        .limit(limit + 1)
        .execute();
      const people = await participantsOf(
        db,
        req.actor.orgId,
        rows.map((r) => r.id),
      );
      return page(
        rows.map((r) => toSessionView(r, people.get(r.id) ?? [])),
        limit,
      );
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/counselling/:id',
    summary: 'A counselling session, without its notes',
    tag: 'outreach',
    params: idParams,
    async handler(req) {
      const { row, people } = await loadSession(req, req.params.id);
      // A group session is visible to whoever may read about one of its people.
      const visible = people.find((p) =>
        can(req.actor, 'outreach.read', { ...p.resource, orgId: req.actor.orgId }),
      );
      ensure(req, 'outreach.read', (visible ?? people[0])?.resource ?? {}, 'not_found');
      return toSessionView(
        row,
        people.map((p) => p.row.id),
      );
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/counselling/:id/content',
    summary: 'What was said in a counselling session (health roles only; every read is audited)',
    tag: 'outreach',
    params: idParams,
    async handler(req) {
      const { row, people } = await loadSession(req, req.params.id);
      // Every person counselled must be one the reader may read counselling about.
      for (const person of people) ensure(req, 'counselling.content.read', person.resource, 'not_found');
      const db = req.app.database.db;
      const content = await db
        .selectFrom('counselling_contents')
        .select(['notes', 'referral_reason'])
        .where('org_id', '=', req.actor.orgId)
        .where('session_id', '=', row.id)
        .executeTakeFirstOrThrow();
      await audit(db, req.actor, {
        action: 'counselling.content.read',
        entity: 'counselling_session',
        entityId: row.id,
        deviceId: deviceOf(req),
        detail: { personIds: people.map((p) => p.row.id) },
      });
      return { sessionId: row.id, notes: content.notes, referralReason: content.referral_reason };
    },
  }),
];

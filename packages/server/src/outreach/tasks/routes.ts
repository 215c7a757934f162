import {
  can,
  DomainError,
  dateSchema,
  defaultUpcomingDays,
  idSchema,
  maxUpcomingDays,
  type TaskAgenda,
} from '@groundwork/core';
import { z } from 'zod';
import { loadActor } from '../../access/actor.ts';
import { peopleInScope } from '../../access/scope-sql.ts';
import { translator } from '../../finance/reports/document.ts';
import { respond } from '../../finance/reports/respond.ts';
import { todayIn } from '../../finance/today.ts';
import { ensure } from '../../http/ensure.ts';
import { type AnyRoute, type AuthedRequest, route } from '../../http/route.ts';
import { loadOrganisation } from '../../orgs/organisations.ts';
import { byWorkerDocument, describeTask, taskListDocument } from './documents.ts';
import { bothScopes, countsByWorker, type TaskLine, taskList } from './lists.ts';

const format = z.enum(['json', 'csv']).default('json');
const workerRoles = ['field_worker', 'health_worker'] as const;

type Req = AuthedRequest<unknown, unknown, unknown>;

/** The day asked for, else today where the organisation works. */
async function dayOf(req: Req, date: string | undefined): Promise<string> {
  if (date) return date;
  const org = await loadOrganisation(req.app.database.db, req.actor.orgId);
  return todayIn(org.timeZone);
}

/**
 * The worker whose list a coordinator asks for, with her scope built as her own sign-in builds it. A user
 * of another organisation is not found; one whose role does no outreach has no list.
 */
async function workerActor(req: Req, userId: string) {
  const db = req.app.database.db;
  const user = await db
    .selectFrom('users')
    .select(['id', 'org_id', 'role', 'sensitive_access'])
    .where('org_id', '=', req.actor.orgId)
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw new DomainError('tasks.worker_not_found', { field: 'userId' });
  const actor = await loadActor(db, user);
  if (!can(actor, 'outreach.read', { orgId: actor.orgId })) {
    throw new DomainError('tasks.not_outreach_worker', { field: 'userId' });
  }
  return actor;
}

/** The JSON answer: each task with the words the list shows beside it, in the reader's language. */
function withDescriptions(req: Req, agenda: TaskAgenda<TaskLine>) {
  const t = translator(req.locale);
  const described = (lines: TaskLine[]) =>
    lines.map((line) => ({ ...line, description: describeTask(line, t, req.locale) }));
  return {
    ...agenda,
    overdue: described(agenda.overdue),
    dueToday: described(agenda.dueToday),
    upcoming: described(agenda.upcoming),
  };
}

export const tasksRoutes: AnyRoute[] = [
  route({
    method: 'GET',
    url: '/api/outreach/tasks',
    summary:
      'Your tasks on a day (today by default): overdue (oldest first), due today, and upcoming within upcomingDays, for every person in your scope; a coordinator may pass userId to see a worker’s list',
    tag: 'outreach',
    query: z.strictObject({
      date: dateSchema.optional(),
      userId: idSchema.optional(),
      upcomingDays: z.coerce.number().int().min(0).max(maxUpcomingDays).default(defaultUpcomingDays),
      format,
    }),
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const { userId, upcomingDays } = req.query;
      let filter = peopleInScope(req.actor);
      if (userId && userId !== req.actor.userId) {
        ensure(req, 'user.read', {});
        filter = bothScopes(req.actor, await workerActor(req, userId));
      }
      const today = await dayOf(req, req.query.date);
      const agenda = await taskList(req.app.database.db, req.actor.orgId, filter, today, upcomingDays);
      if (req.query.format === 'json') return withDescriptions(req, agenda);
      return respond(req, req.query.format, agenda, (d, t) => taskListDocument(d, t, req.locale));
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/tasks/by-worker',
    summary:
      'For each active field and health worker: how many tasks of each kind are overdue and due today in her own scope',
    tag: 'outreach',
    query: z.strictObject({ date: dateSchema.optional(), format }),
    async handler(req) {
      ensure(req, 'outreach.read', {});
      ensure(req, 'user.read', {});
      const db = req.app.database.db;
      const users = await db
        .selectFrom('users')
        .select(['id', 'org_id', 'role', 'sensitive_access', 'username', 'display_name'])
        .where('org_id', '=', req.actor.orgId)
        .where('role', 'in', [...workerRoles])
        .where('disabled_at', 'is', null)
        .orderBy('username')
        .execute();
      const workers = await Promise.all(
        users.map(async (u) => ({
          actor: await loadActor(db, u),
          username: u.username,
          displayName: u.display_name,
        })),
      );
      const date = await dayOf(req, req.query.date);
      const data = { date, workers: await countsByWorker(db, req.actor.orgId, workers, date) };
      return respond(req, req.query.format, data, byWorkerDocument);
    },
  }),
];

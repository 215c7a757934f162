import {
  dueVisits,
  followUpPlanEnd,
  followUpPlanStart,
  homeVisitRecord,
  homeVisitStatus,
  idSchema,
  nextHomeVisitTask,
} from '@groundwork/core';
import { z } from 'zod';
import { todayIn } from '../../finance/today.ts';
import { ensure } from '../../http/ensure.ts';
import { type AnyRoute, route } from '../../http/route.ts';
import { runCommand } from '../../http/run-command.ts';
import { loadOrganisation } from '../../orgs/organisations.ts';
import { loadPerson } from '../../people/store.ts';
import { areaFilter } from './area-filter.ts';
import { overdueHomeVisits, overduePostnatalVisits } from './overdue.ts';
import { plansOfPerson, toHomeVisitView, toPlanView, toSchedule, visitsOfPerson } from './store.ts';

const tag = 'outreach: home visits';

export const homeVisitsRoutes: AnyRoute[] = [
  route({
    method: 'POST',
    url: '/api/outreach/follow-up-plans',
    summary: 'Start a follow-up plan: a child under five (twice a month) or a pregnancy (monthly)',
    tag,
    body: followUpPlanStart,
    handler: (req) => runCommand(req, 'follow_up_plan.start', req.body),
  }),
  route({
    method: 'POST',
    url: '/api/outreach/follow-up-plans/:planId/end',
    summary: 'End a follow-up plan',
    tag,
    params: z.strictObject({ planId: idSchema }),
    body: followUpPlanEnd.omit({ planId: true }),
    handler: (req) => runCommand(req, 'follow_up_plan.end', req.body, { planId: req.params.planId }),
  }),
  route({
    method: 'POST',
    url: '/api/outreach/home-visits',
    summary: 'Record a home visit: observations, danger signs, advice and referral',
    tag,
    body: homeVisitRecord,
    handler: (req) => runCommand(req, 'home_visit.record', req.body),
  }),
  route({
    method: 'GET',
    url: '/api/outreach/people/:personId/follow-up',
    summary:
      'A person’s follow-up plans, with each plan’s next visit and the visits it is owed, and her home visits',
    tag,
    params: z.strictObject({ personId: idSchema }),
    async handler(req) {
      const db = req.app.database.db;
      const person = await loadPerson(db, req.actor.orgId, req.params.personId);
      ensure(req, 'outreach.read', person.resource, 'not_found');
      const org = await loadOrganisation(db, req.actor.orgId);
      const today = todayIn(org.timeZone);
      const plans = await plansOfPerson(db, req.actor.orgId, person.row.id);
      const visits = await visitsOfPerson(db, req.actor.orgId, person.row.id);
      const schedule = plans.map((plan) => {
        const dates = visits.filter((v) => v.plan_id === plan.id).map((v) => v.visited_on);
        const nextVisit = nextHomeVisitTask(toSchedule(plan), dates, today);
        return {
          planId: plan.id,
          nextVisit,
          status: nextVisit ? homeVisitStatus(nextVisit, today) : null,
          dueVisits: dueVisits(toSchedule(plan), dates, today),
        };
      });
      return { today, plans: plans.map(toPlanView), schedule, visits: visits.map(toHomeVisitView) };
    },
  }),
  route({
    method: 'GET',
    url: '/api/outreach/home-visits/overdue',
    summary:
      'Overdue home visits and postnatal visits in an area (and the areas beneath it), or in your scope',
    tag,
    query: z.strictObject({ areaId: idSchema.optional() }),
    async handler(req) {
      ensure(req, 'outreach.read', {});
      const areaIds = await areaFilter(req, req.query.areaId);
      const db = req.app.database.db;
      const today = todayIn((await loadOrganisation(db, req.actor.orgId)).timeZone);
      return {
        today,
        areaId: req.query.areaId ?? null,
        homeVisits: await overdueHomeVisits(db, req.actor, areaIds, today),
        postnatalVisits: await overduePostnatalVisits(db, req.actor, areaIds, today),
      };
    },
  }),
];

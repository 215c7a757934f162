import { addDays, newId, todayIso } from '@groundwork/core';
import { get, place, send, type Target, type World } from '../../access/matrix-fixture.ts';
import { asSystem } from '../../testing/harness.ts';
import type { MatrixPart } from '../matrix.ts';

/** A date some days before today: far enough back to be past in every time zone, so never "in future". */
export const daysAgo = (days: number) => addDays(todayIso(), -days);

let count = 0;

/**
 * A person of the target's village who has given consent, made for one request: a plan or a pregnancy is
 * one per person at a time, so each request that opens one needs someone of her own.
 */
export async function consentingPersonAt(w: World, target: Target, extra: object = {}): Promise<string> {
  const { o, village } = place(w, target);
  const id = newId();
  count += 1;
  await asSystem(w.t.database, o.org, [
    {
      type: 'person.create',
      payload: {
        id,
        givenName: `Matrix${count}`,
        familyName: o.family,
        sex: 'female',
        areaId: village,
        consent: { given: true, date: '2023-01-10' },
        ...extra,
      },
    },
  ]);
  return id;
}

/** A child under five, old enough to have been born before her plan starts. */
const child = (w: World, target: Target) => consentingPersonAt(w, target, { birthDate: daysAgo(400) });

/** A running child plan of the target's place, to be ended by one request. */
async function runningPlan(w: World, target: Target): Promise<{ planId: string; made: string[] }> {
  const personId = await child(w, target);
  const planId = newId();
  await asSystem(w.t.database, place(w, target).o.org, [
    {
      type: 'follow_up_plan.start',
      payload: { id: planId, personId, kind: 'child_under_five', startsOn: daysAgo(20) },
    },
  ]);
  return { planId, made: [personId, planId] };
}

const report = (url: string) => (w: World, t: Target) => get(`${url}?areaId=${place(w, t).area}`);

/** The access table's rows for follow-up plans and home visits (see `access/matrix.test.ts` for the cells). */
export const homeVisitsMatrix: MatrixPart = {
  expected: {
    // recording needs outreach.write, and a worker records only for the people of her areas
    'POST /api/outreach/follow-up-plans':
      'ok/ok/ref ok/ok/ref ok/hide/ref ok/hide/ref 403/403/403 403/403/403 403/403/403',
    'POST /api/outreach/follow-up-plans/:planId/end':
      'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 403/403/403 403/403/403 403/403/403',
    'POST /api/outreach/home-visits':
      'ok/ok/ref ok/ok/ref ok/hide/ref ok/hide/ref 403/403/403 403/403/403 403/403/403',
    // a group leader does no health outreach, even for the members of her group
    'GET /api/outreach/people/:personId/follow-up':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/hide 200/200/404 403/403/hide',
    'GET /api/outreach/home-visits/overdue':
      '200/200/404 200/200/404 200/404/404 200/404/404 403/403/403 200/200/404 403/403/403',
  },
  requests: {
    'POST /api/outreach/follow-up-plans': async (w, t) => {
      const personId = await child(w, t);
      return send(
        '/api/outreach/follow-up-plans',
        { personId, kind: 'child_under_five', startsOn: daysAgo(5) },
        [personId],
      );
    },
    'POST /api/outreach/follow-up-plans/:planId/end': async (w, t) => {
      const { planId, made } = await runningPlan(w, t);
      return send(
        `/api/outreach/follow-up-plans/${planId}/end`,
        { endedOn: daysAgo(3), reason: 'moved_away' },
        made,
      );
    },
    'POST /api/outreach/home-visits': (w, t) =>
      send('/api/outreach/home-visits', {
        personId: place(w, t).person,
        visitedOn: daysAgo(3),
        observations: { weightGrams: 52_000, dangerSigns: ['fever'] },
        advice: ['nutrition'],
        notes: 'She was at home.',
      }),
    'GET /api/outreach/people/:personId/follow-up': (w, t) =>
      get(`/api/outreach/people/${place(w, t).person}/follow-up`),
    'GET /api/outreach/home-visits/overdue': report('/api/outreach/home-visits/overdue'),
  },
};

import { addDays } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { startTestApp, type TestApp } from '../../testing/harness.ts';
import { get, makeWorld, post, type World } from './testing.ts';

interface Overdue {
  homeVisits: {
    planId: string;
    personId: string;
    dueOn: string;
    missedWindows: number;
    lastVisitedOn: string | null;
  }[];
  postnatalVisits: { pregnancyId: string; contact: string; dueOn: string }[];
}

describe.each(testDatabaseKinds())('overdue visits by area on $name', (kind) => {
  let t: TestApp;
  let w: World;
  let other: World;
  let inSlum: { person: string; plan: string };
  let inWardB: { person: string; plan: string };

  const childPlan = async (world: World, areaId: string, startsOn: string) => {
    const person = await world.person({ areaId, birthDate: addDays(world.today, -500) });
    const plan = await post(t, world.coordinator, '/api/outreach/follow-up-plans', {
      personId: person,
      kind: 'child_under_five',
      startsOn,
    });
    return { person, plan: String(plan.body.id) };
  };
  const overdue = async (token: string, query = '') => {
    const res = await get(t, token, `/api/outreach/home-visits/overdue${query}`);
    return { status: res.status, body: res.body as unknown as Overdue };
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await makeWorld(t, 'od');
    other = await makeWorld(t, 'od-other');
    // Started 40 days ago and never visited: at least one half-month has passed without a visit.
    inSlum = await childPlan(w, w.slumA1, addDays(w.today, -40));
    inWardB = await childPlan(w, w.wardB, addDays(w.today, -40));
    await childPlan(other, other.wardA, addDays(other.today, -40));
  });
  afterAll(() => t.close());

  it('lists a plan whose half-month passed without a visit, from its first day, with the halves missed', async () => {
    const { status, body } = await overdue(w.coordinator);
    expect(status).toBe(200);
    const row = body.homeVisits.find((r) => r.planId === inSlum.plan);
    expect(row).toMatchObject({ personId: inSlum.person, dueOn: addDays(w.today, -40), lastVisitedOn: null });
    expect(row?.missedWindows).toBeGreaterThanOrEqual(1);
    expect(body.homeVisits.map((r) => r.planId).sort()).toEqual([inSlum.plan, inWardB.plan].sort());
  });

  it('includes the areas beneath the one asked for, and keeps to the worker’s scope', async () => {
    const ward = await overdue(w.coordinator, `?areaId=${w.wardA}`);
    expect(ward.body.homeVisits.map((r) => r.planId)).toEqual([inSlum.plan]);
    const mine = await overdue(w.worker);
    expect(mine.body.homeVisits.map((r) => r.planId)).toEqual([inSlum.plan]);
    expect((await overdue(w.worker, `?areaId=${w.wardB}`)).status).toBe(404);
    expect((await overdue(other.coordinator, `?areaId=${w.wardA}`)).status).toBe(404);
    const theirs = await overdue(other.coordinator);
    expect(theirs.body.homeVisits.map((r) => r.personId)).not.toContain(inSlum.person);
    expect(theirs.body.homeVisits).toHaveLength(1);
  });

  it('drops the plan once she is visited', async () => {
    const visited = await post(t, w.worker, '/api/outreach/home-visits', {
      personId: inSlum.person,
      visitedOn: w.today,
      observations: { weightGrams: 9800 },
    });
    expect(visited.body.planId).toBe(inSlum.plan);
    const after = await overdue(w.worker);
    expect(after.body.homeVisits).toEqual([]);
  });

  it('surfaces a postnatal contact whose window passed', async () => {
    const woman = await w.person({ areaId: w.wardA });
    const registered = await post(t, w.worker, '/api/outreach/pregnancies', {
      personId: woman,
      registeredOn: addDays(w.today, -200),
      expectedDeliveryOn: addDays(w.today, 30),
    });
    const pregnancy = String(registered.body.id);
    const delivered = await post(t, w.worker, `/api/outreach/pregnancies/${pregnancy}/delivery`, {
      deliveredOn: addDays(w.today, -5),
      place: 'health_facility',
      facilityName: 'PHC Satpur',
      outcome: 'live_birth',
    });
    expect(delivered.status).toBe(201);
    const { body } = await overdue(w.worker, `?areaId=${w.wardA}`);
    expect(body.postnatalVisits).toEqual([
      expect.objectContaining({ pregnancyId: pregnancy, contact: 'day_3', dueOn: addDays(w.today, -3) }),
    ]);
    await post(t, w.worker, `/api/outreach/pregnancies/${pregnancy}/postnatal-visits`, {
      visitedOn: w.today,
    });
    expect((await overdue(w.worker)).body.postnatalVisits).toEqual([]);
  });
});

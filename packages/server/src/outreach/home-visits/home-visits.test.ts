import { addDays } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { startTestApp, type TestApp } from '../../testing/harness.ts';
import { countRows, get, makeWorld, post, type World } from './testing.ts';

describe.each(testDatabaseKinds())('follow-up plans and home visits on $name', (kind) => {
  let t: TestApp;
  let w: World;
  let other: World;

  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await makeWorld(t, 'hv');
    other = await makeWorld(t, 'hv-other');
  });
  afterAll(() => t.close());

  const startPlan = (token: string, personId: string, startsOn: string, kind = 'child_under_five') =>
    post(t, token, '/api/outreach/follow-up-plans', { personId, kind, startsOn });
  const visit = (token: string, payload: Record<string, unknown>) =>
    post(t, token, '/api/outreach/home-visits', { observations: {}, ...payload });

  it('starts a child’s plan that ends the day before her fifth birthday, and sends it to the phones', async () => {
    const bornOn = addDays(w.today, -400);
    const child = await w.person({ areaId: w.slumA1, birthDate: bornOn });
    const started = await startPlan(w.worker, child, w.today);
    expect(started.status).toBe(201);
    const fifth = `${Number(bornOn.slice(0, 4)) + 5}${bornOn.slice(4)}`;
    expect(started.body.endsOn).toBe(addDays(fifth, -1));
    const change = await t.database.db
      .selectFrom('changes')
      .selectAll()
      .where('entity', '=', 'follow_up_plan')
      .where('entity_id', '=', String(started.body.id))
      .executeTakeFirstOrThrow();
    expect(change.area_id).toBe(w.slumA1);
    expect(JSON.parse(change.data)).toMatchObject({
      personId: child,
      kind: 'child_under_five',
      endedOn: null,
    });
    const again = await startPlan(w.worker, child, w.today);
    expect(again).toMatchObject({
      status: 409,
      body: { code: 'follow_up_plan.already_open', field: 'kind' },
    });
  });

  it('refuses a child plan for a five-year-old, an unborn child or an unknown birth, writing nothing', async () => {
    const before = await countRows(t, 'follow_up_plans', w.org.id);
    const five = await w.person({ areaId: w.wardA, birthDate: addDays(w.today, -(5 * 365 + 2)) });
    expect(await startPlan(w.worker, five, w.today)).toMatchObject({
      status: 422,
      body: { code: 'follow_up_plan.not_under_five', field: 'startsOn' },
    });
    const newborn = await w.person({ areaId: w.wardA, birthDate: w.today });
    expect(await startPlan(w.worker, newborn, addDays(w.today, -1))).toMatchObject({
      status: 422,
      body: { code: 'follow_up_plan.born_after_start' },
    });
    const unknown = await w.person({ areaId: w.wardA });
    expect(await startPlan(w.worker, unknown, w.today)).toMatchObject({
      status: 422,
      body: { code: 'follow_up_plan.birth_unknown', field: 'personId' },
    });
    expect(await startPlan(w.worker, newborn, addDays(w.today, 1))).toMatchObject({
      status: 422,
      body: { code: 'follow_up_plan.in_future' },
    });
    const pregnancyPlan = await startPlan(w.worker, unknown, w.today, 'pregnancy');
    expect(pregnancyPlan.body).toMatchObject({ code: 'follow_up_plan.no_current_pregnancy' });
    expect(await countRows(t, 'follow_up_plans', w.org.id)).toBe(before);
  });

  it('takes 1 July of the birth year when only the year is known, and says so', async () => {
    const year = Number(w.today.slice(0, 4)) - 1;
    const child = await w.person({ areaId: w.wardA, birthYear: year });
    const started = await startPlan(w.worker, child, w.today);
    expect(started.status).toBe(201);
    expect(started.body.endsOn).toBe(`${year + 5}-06-30`);
    expect(started.body.warnings).toEqual([
      { code: 'follow_up_plan.birth_year_only', params: { endsOn: `${year + 5}-06-30` } },
    ]);
  });

  it('records a visit with its observations and flags severe acute malnutrition below 115 mm', async () => {
    const child = await w.person({ areaId: w.wardA, birthDate: addDays(w.today, -700) });
    const plan = await startPlan(w.worker, child, addDays(w.today, -20));
    const recorded = await visit(w.worker, {
      personId: child,
      visitedOn: w.today,
      observations: { weightGrams: 8200, muacMm: 112, oedema: false, dangerSigns: ['fever', 'not_feeding'] },
      advice: ['nutrition', 'hygiene'],
      referral: { to: 'NRC Nashik', reason: 'MUAC 112 mm' },
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ planId: plan.body.id, severeAcuteMalnutrition: true });
    expect(recorded.body.warnings).toEqual([{ code: 'home_visit.severe_acute_malnutrition' }]);
    const read = await get(t, w.worker, `/api/outreach/people/${child}/follow-up`);
    expect(read.status).toBe(200);
    expect(read.body.visits).toEqual([
      expect.objectContaining({
        planId: plan.body.id,
        observations: {
          weightGrams: 8200,
          muacMm: 112,
          oedema: false,
          dangerSigns: ['fever', 'not_feeding'],
        },
        severeAcuteMalnutrition: true,
        advice: ['nutrition', 'hygiene'],
        referral: { to: 'NRC Nashik', reason: 'MUAC 112 mm' },
      }),
    ]);
    const [schedule] = read.body.schedule as { nextVisit: { dueOn: string; refId: string } }[];
    expect(schedule?.nextVisit.refId).toBe(plan.body.id);
    expect(String(schedule?.nextVisit.dueOn) > w.today).toBe(true);
    const healthy = await visit(w.worker, {
      personId: child,
      visitedOn: w.today,
      observations: { muacMm: 115 },
    });
    expect(healthy.body).toMatchObject({ severeAcuteMalnutrition: false });
    expect(healthy.body.warnings).toBeUndefined();
  });

  it('refuses a visit that does not fit its plan or a human body, writing nothing', async () => {
    const child = await w.person({ areaId: w.wardA, birthDate: addDays(w.today, -300) });
    const sibling = await w.person({ areaId: w.wardA, birthDate: addDays(w.today, -900) });
    const plan = String((await startPlan(w.worker, child, addDays(w.today, -10))).body.id);
    const before = await countRows(t, 'home_visits', w.org.id);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ personId: sibling, planId: plan, visitedOn: w.today }, 'home_visit.plan_of_other_person', 'planId'],
      [
        { personId: child, planId: plan, visitedOn: addDays(w.today, -11) },
        'home_visit.before_plan_start',
        'visitedOn',
      ],
      [{ personId: child, visitedOn: addDays(w.today, 1) }, 'home_visit.in_future', 'visitedOn'],
      [
        { personId: child, visitedOn: w.today, observations: { weightGrams: 8 } },
        'home_visit.weight_out_of_range',
        'observations.weightGrams',
      ],
      [
        { personId: child, visitedOn: w.today, observations: { muacMm: 1150 } },
        'home_visit.muac_out_of_range',
        'observations.muacMm',
      ],
    ];
    for (const [payload, code, field] of cases) {
      expect(await visit(w.worker, payload)).toMatchObject({ status: 422, body: { code, field } });
    }
    const ended = await post(t, w.worker, `/api/outreach/follow-up-plans/${plan}/end`, {
      endedOn: addDays(w.today, -2),
      reason: 'moved_away',
    });
    expect(ended.status).toBe(201);
    expect(await visit(w.worker, { personId: child, planId: plan, visitedOn: w.today })).toMatchObject({
      status: 422,
      body: { code: 'home_visit.after_plan_end', field: 'visitedOn' },
    });
    expect(await countRows(t, 'home_visits', w.org.id)).toBe(before);
    const endAgain = await post(t, w.worker, `/api/outreach/follow-up-plans/${plan}/end`, {
      endedOn: w.today,
      reason: 'other',
    });
    expect(endAgain).toMatchObject({ status: 409, body: { code: 'follow_up_plan.already_ended' } });
  });

  it('asks for consent before anything about her health is kept', async () => {
    const child = await w.person({ areaId: w.wardA, birthDate: addDays(w.today, -300), consent: false });
    expect(await startPlan(w.worker, child, w.today)).toMatchObject({
      status: 422,
      body: { code: 'outreach.consent_required', field: 'personId' },
    });
    expect(await visit(w.worker, { personId: child, visitedOn: w.today })).toMatchObject({
      status: 422,
      body: { code: 'outreach.consent_required' },
    });
  });

  it('keeps a worker to her area and an organisation to its own people', async () => {
    const outside = await w.person({ areaId: w.wardB, birthDate: addDays(w.today, -300) });
    const before = await countRows(t, 'home_visits', w.org.id);
    expect((await visit(w.worker, { personId: outside, visitedOn: w.today })).status).toBe(403);
    expect((await startPlan(w.worker, outside, w.today)).status).toBe(403);
    expect((await visit(w.viewer, { personId: outside, visitedOn: w.today })).status).toBe(403);
    expect((await get(t, w.worker, `/api/outreach/people/${outside}/follow-up`)).status).toBe(404);
    const plan = String((await startPlan(w.coordinator, outside, w.today)).body.id);
    expect(
      (
        await post(t, w.worker, `/api/outreach/follow-up-plans/${plan}/end`, {
          endedOn: w.today,
          reason: 'other',
        })
      ).status,
    ).toBe(403);
    const stranger = await visit(other.coordinator, { personId: outside, visitedOn: w.today });
    expect(stranger).toMatchObject({ status: 422, body: { code: 'reference.not_found', field: 'personId' } });
    const foreignEnd = await post(t, other.coordinator, `/api/outreach/follow-up-plans/${plan}/end`, {
      endedOn: w.today,
      reason: 'other',
    });
    expect(foreignEnd.status).toBe(404);
    expect((await get(t, other.coordinator, `/api/outreach/people/${outside}/follow-up`)).status).toBe(404);
    expect(await countRows(t, 'home_visits', w.org.id)).toBe(before);
    expect(await countRows(t, 'home_visits', other.org.id)).toBe(0);
  });
});

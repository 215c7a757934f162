import { addDays } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { startTestApp, type TestApp } from '../../testing/harness.ts';
import { countRows, get, makeWorld, post, type World } from '../home-visits/testing.ts';

describe.each(testDatabaseKinds())('pregnancies on $name', (kind) => {
  let t: TestApp;
  let w: World;
  let other: World;

  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await makeWorld(t, 'pg');
    other = await makeWorld(t, 'pg-other');
  });
  afterAll(() => t.close());

  const register = (token: string, personId: string, registeredOn: string, extra: object = {}) =>
    post(t, token, '/api/outreach/pregnancies', {
      personId,
      registeredOn,
      expectedDeliveryOn: addDays(registeredOn, 180),
      ...extra,
    });
  const on = (token: string, pregnancy: string, what: string, payload: object) =>
    post(t, token, `/api/outreach/pregnancies/${pregnancy}/${what}`, payload);
  const plansOf = (pregnancyId: string) =>
    t.database.db.selectFrom('follow_up_plans').selectAll().where('pregnancy_id', '=', pregnancyId).execute();

  it('registers a pregnancy with her monthly plan in one command, and one current pregnancy only', async () => {
    const woman = await w.person({ areaId: w.wardA });
    const registeredOn = addDays(w.today, -60);
    const registered = await register(w.worker, woman, registeredOn, {
      lastMenstrualPeriodOn: addDays(registeredOn, -70),
    });
    expect(registered.status).toBe(201);
    const [plan] = await plansOf(String(registered.body.id));
    expect(plan).toMatchObject({
      id: registered.body.planId,
      kind: 'pregnancy',
      starts_on: registeredOn,
      ended_on: null,
    });
    const entities = await t.database.db
      .selectFrom('changes')
      .select('entity')
      .where('command_id', '=', String(registered.body.commandId))
      .execute();
    expect(entities.map((e) => e.entity).sort()).toEqual(['follow_up_plan', 'pregnancy']);
    const followUp = await get(t, w.worker, `/api/outreach/people/${woman}/follow-up`);
    const [schedule] = followUp.body.schedule as { nextVisit: unknown; status: string }[];
    // Monthly: registered 60 days ago and never visited, her first month's visit is owed and overdue.
    expect(schedule).toMatchObject({
      status: 'overdue',
      nextVisit: {
        kind: 'home_visit',
        refId: registered.body.planId,
        dueOn: registeredOn,
        detail: { planKind: 'pregnancy' },
      },
    });
    const again = await register(w.worker, woman, w.today);
    expect(again).toMatchObject({
      status: 409,
      body: { code: 'pregnancy.already_current', field: 'personId' },
    });
    expect(again.body.pregnancyId).toBe(registered.body.id);
  });

  it('refuses a man, a delivery date beyond 44 weeks, a future date and a missing consent, writing nothing', async () => {
    const before = await countRows(t, 'pregnancies', w.org.id);
    const man = await w.person({ areaId: w.wardA, sex: 'male' });
    expect(await register(w.worker, man, w.today)).toMatchObject({
      status: 422,
      body: { code: 'pregnancy.male' },
    });
    const other_ = await w.person({ areaId: w.wardA, sex: 'other' });
    const woman = await w.person({ areaId: w.wardA });
    const late = await register(w.worker, woman, w.today, { expectedDeliveryOn: addDays(w.today, 309) });
    expect(late).toMatchObject({
      status: 422,
      body: { code: 'pregnancy.expected_delivery_out_of_range', field: 'expectedDeliveryOn' },
    });
    expect(await register(w.worker, woman, addDays(w.today, 1))).toMatchObject({
      status: 422,
      body: { code: 'pregnancy.in_future', field: 'registeredOn' },
    });
    const noConsent = await w.person({ areaId: w.wardA, consent: false });
    expect(await register(w.worker, noConsent, w.today)).toMatchObject({
      status: 422,
      body: { code: 'outreach.consent_required' },
    });
    expect(await countRows(t, 'pregnancies', w.org.id)).toBe(before);
    expect((await register(w.worker, other_, w.today)).status).toBe(201);
  });

  it('refuses a delivery before registration, then records one that ends her plan, and only one', async () => {
    const woman = await w.person({ areaId: w.slumA1 });
    const registeredOn = addDays(w.today, -200);
    const id = String((await register(w.worker, woman, registeredOn)).body.id);
    const antenatal = await on(w.worker, id, 'antenatal-contacts', {
      contactOn: addDays(registeredOn, 30),
      place: 'Anganwadi',
    });
    expect(antenatal.status).toBe(201);
    const early = await on(w.worker, id, 'delivery', {
      deliveredOn: addDays(registeredOn, -1),
      place: 'home',
      outcome: 'live_birth',
    });
    expect(early).toMatchObject({
      status: 422,
      body: { code: 'pregnancy.before_registration', field: 'deliveredOn' },
    });
    const noFacility = await on(w.worker, id, 'delivery', {
      deliveredOn: addDays(w.today, -2),
      place: 'health_facility',
      outcome: 'live_birth',
    });
    expect(noFacility).toMatchObject({ status: 422, body: { code: 'pregnancy.facility_name_required' } });
    const untouched = await get(t, w.worker, `/api/outreach/pregnancies/${id}`);
    expect(untouched.body).toMatchObject({ status: 'current', delivery: null });
    expect((await plansOf(id))[0]?.ended_on).toBeNull();
    const postnatalFirst = await on(w.worker, id, 'postnatal-visits', { visitedOn: w.today });
    expect(postnatalFirst).toMatchObject({ status: 409, body: { code: 'pregnancy.not_delivered' } });

    const deliveredOn = addDays(w.today, -2);
    const delivered = await on(w.worker, id, 'delivery', {
      deliveredOn,
      place: 'health_facility',
      facilityName: 'PHC Satpur',
      outcome: 'live_birth',
      babies: [{ sex: 'female', birthWeightGrams: 2900 }],
    });
    expect(delivered.status).toBe(201);
    expect((await plansOf(id))[0]).toMatchObject({ ended_on: deliveredOn, end_reason: 'delivered' });
    const twice = await on(w.worker, id, 'delivery', { deliveredOn, place: 'home', outcome: 'live_birth' });
    expect(twice).toMatchObject({ status: 409, body: { code: 'pregnancy.already_delivered' } });
    expect(await on(w.worker, id, 'postnatal-visits', { visitedOn: addDays(deliveredOn, -1) })).toMatchObject(
      {
        status: 422,
        body: { code: 'pregnancy.postnatal_before_delivery', field: 'visitedOn' },
      },
    );
    expect(
      (await on(w.worker, id, 'postnatal-visits', { visitedOn: w.today, notes: 'Feeding well' })).status,
    ).toBe(201);

    const whole = await get(t, w.worker, `/api/outreach/pregnancies/${id}`);
    expect(whole.body).toMatchObject({
      status: 'delivered',
      antenatalContacts: [
        expect.objectContaining({ contactOn: addDays(registeredOn, 30), place: 'Anganwadi' }),
      ],
      delivery: { deliveredOn, place: 'health_facility', facilityName: 'PHC Satpur', outcome: 'live_birth' },
      postnatalVisits: [expect.objectContaining({ visitedOn: w.today, notes: 'Feeding well' })],
      postnatalContacts: [
        { contact: 'day_3', dueOn: w.today, windowEndsOn: addDays(w.today, 1), visitedOn: w.today },
        expect.objectContaining({ contact: 'days_7_14', dueOn: addDays(deliveredOn, 7), visitedOn: null }),
        expect.objectContaining({ contact: 'week_6', dueOn: addDays(deliveredOn, 42) }),
      ],
      nextPostnatalVisit: { kind: 'postnatal_visit', refId: id, dueOn: addDays(deliveredOn, 7) },
      nextPostnatalStatus: 'upcoming',
    });
    const feed = await t.database.db
      .selectFrom('changes')
      .select('data')
      .where('entity', '=', 'pregnancy')
      .where('entity_id', '=', id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(feed.data)).toMatchObject({
      status: 'delivered',
      postnatalVisits: [{ visitedOn: w.today }],
    });
  });

  it('closes a pregnancy without delivery, ends her plan and keeps the reason out of the command log', async () => {
    const woman = await w.person({ areaId: w.wardA });
    const registeredOn = addDays(w.today, -40);
    const id = String((await register(w.worker, woman, registeredOn)).body.id);
    const closed = await on(w.worker, id, 'close', { closedOn: addDays(w.today, -3), reason: 'miscarriage' });
    expect(closed.status).toBe(201);
    expect((await plansOf(id))[0]).toMatchObject({
      ended_on: addDays(w.today, -3),
      end_reason: 'pregnancy_closed',
    });
    const logged = await t.database.db
      .selectFrom('commands')
      .select('payload')
      .where('id', '=', String(closed.body.commandId))
      .executeTakeFirstOrThrow();
    expect(logged.payload).not.toContain('miscarriage');
    expect(await on(w.worker, id, 'antenatal-contacts', { contactOn: w.today })).toMatchObject({
      status: 422,
      body: { code: 'pregnancy.after_end', field: 'contactOn' },
    });
    expect(
      await on(w.worker, id, 'delivery', { deliveredOn: w.today, place: 'home', outcome: 'live_birth' }),
    ).toMatchObject({ status: 409, body: { code: 'pregnancy.closed' } });
    const next = await register(w.worker, woman, w.today);
    expect(next.status).toBe(201);
    const list = await get(t, w.worker, `/api/outreach/people/${woman}/pregnancies`);
    expect((list.body.pregnancies as { status: string }[]).map((p) => p.status)).toEqual([
      'current',
      'closed',
    ]);
  });

  it('keeps a worker to her area and another organisation out', async () => {
    const outside = await w.person({ areaId: w.wardB });
    expect((await register(w.worker, outside, w.today)).status).toBe(403);
    const id = String((await register(w.coordinator, outside, addDays(w.today, -10))).body.id);
    const before = await countRows(t, 'antenatal_contacts', w.org.id);
    expect((await on(w.worker, id, 'antenatal-contacts', { contactOn: w.today })).status).toBe(403);
    expect((await get(t, w.worker, `/api/outreach/pregnancies/${id}`)).status).toBe(404);
    expect((await get(t, w.worker, `/api/outreach/people/${outside}/pregnancies`)).status).toBe(404);
    expect((await on(other.coordinator, id, 'antenatal-contacts', { contactOn: w.today })).status).toBe(404);
    expect((await on(other.coordinator, id, 'close', { closedOn: w.today, reason: 'other' })).status).toBe(
      404,
    );
    expect((await get(t, other.coordinator, `/api/outreach/pregnancies/${id}`)).status).toBe(404);
    expect(await register(other.coordinator, outside, w.today)).toMatchObject({
      status: 422,
      body: { code: 'reference.not_found', field: 'personId' },
    });
    expect(await countRows(t, 'antenatal_contacts', w.org.id)).toBe(before);
    expect(await countRows(t, 'pregnancies', other.org.id)).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { call } from '../../testing/harness.ts';
import { hesitancyScene, makePerson } from './testing.ts';

describe.each(testDatabaseKinds())('hesitancy visit refusals on $name', (kind) => {
  let s: Awaited<ReturnType<typeof hesitancyScene>>;
  const followUps = async (token: string) => {
    const res = await call(s.t.app, { method: 'GET', url: '/api/outreach/hesitancy/follow-ups', token });
    expect(res.statusCode).toBe(200);
    return res.json().items as { personId: string }[];
  };

  beforeAll(async () => {
    s = await hesitancyScene(kind, 'hes-refuse');
  });
  afterAll(() => s.t.close());

  it('refuses a visit that breaks a rule with the field and the reason, and writes nothing', async () => {
    const asha = await makePerson(s.t.database, s.org, 'Asha', s.wardA);
    const before = await s.visitCount();
    const base = {
      personId: asha,
      vaccineId: s.covid,
      visitedOn: '2026-11-10',
      outcome: 'will_think',
      nextVisitOn: '2026-11-17',
    };
    const other = await s.visit(s.fw, { ...base, reasons: ['rumours', 'other'] });
    expect(other.statusCode).toBe(422);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json()).toMatchObject({ code: 'hesitancy.other_reason_required', field: 'otherReason' });
    expect(other.json().detail ?? other.json().title).toBeTruthy();
    const early = await s.visit(s.fw, { ...base, nextVisitOn: '2026-11-03' });
    expect(early.json()).toMatchObject({
      status: 422,
      code: 'hesitancy.next_visit_not_after',
      field: 'nextVisitOn',
    });
    const future = await s.visit(s.fw, { ...base, visitedOn: '2099-01-01', nextVisitOn: '2099-02-01' });
    expect(future.json()).toMatchObject({
      status: 422,
      code: 'hesitancy.visit_in_future',
      field: 'visitedOn',
    });
    const badCode = await s.visit(s.fw, { ...base, reasons: ['bad_luck'] });
    expect(badCode.json()).toMatchObject({
      status: 422,
      code: 'request.invalid',
      field: 'reasons.0',
    });
    const noConsent = await makePerson(s.t.database, s.org, 'Kamala', s.wardA, false);
    expect((await s.visit(s.fw, { ...base, personId: noConsent })).json()).toMatchObject({
      status: 422,
      code: 'outreach.consent_required',
    });
    expect(await s.visitCount()).toBe(before);
    const ok = await s.visit(s.fw, {
      ...base,
      reasons: ['other'],
      otherReason: 'The priest advised against it',
    });
    expect(ok.statusCode).toBe(201);
  });

  it('refuses a visit for a person outside the worker’s area, and another organisation’s records', async () => {
    const outside = await makePerson(s.t.database, s.org, 'Lata', s.wardB);
    const before = await s.visitCount();
    const base = {
      vaccineId: s.covid,
      visitedOn: '2026-11-10',
      outcome: 'will_think',
      nextVisitOn: '2026-11-17',
    };
    const res = await s.visit(s.fw, { ...base, personId: outside });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('access.denied');
    expect((await s.visit(s.viewer, { ...base, personId: outside })).statusCode).toBe(403);
    const theirs = await s.visit(s.stranger, { ...base, personId: outside });
    expect(theirs.json()).toMatchObject({ status: 422, code: 'reference.not_found', field: 'personId' });
    expect(await s.visitCount()).toBe(before);

    const mine = await makePerson(s.t.database, s.org, 'Usha', s.wardA);
    const foreignVaccine = await s.visit(s.fw, { ...base, personId: mine, vaccineId: s.theirVaccine });
    expect(foreignVaccine.json()).toMatchObject({
      status: 422,
      code: 'reference.not_found',
      field: 'vaccineId',
    });
    expect(await s.visitCount()).toBe(before);
    expect((await s.visit(s.fw, { ...base, personId: mine })).statusCode).toBe(201);

    for (const url of [
      `/api/outreach/hesitancy/visits?personId=${mine}`,
      `/api/outreach/hesitancy/follow-ups?areaId=${s.wardA}`,
      `/api/outreach/hesitancy/funnel?vaccineId=${s.covid}`,
    ]) {
      expect((await call(s.t.app, { method: 'GET', url, token: s.stranger })).statusCode, url).toBe(404);
    }
    expect(await followUps(s.stranger)).toEqual([]);
    // A worker's list holds only her area's people, and another area is not there for her.
    const hers = await followUps(s.fw);
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.every((i) => i.personId !== outside)).toBe(true);
    const elsewhere = await call(s.t.app, {
      method: 'GET',
      url: `/api/outreach/hesitancy/follow-ups?areaId=${s.wardB}`,
      token: s.fw,
    });
    expect(elsewhere.statusCode).toBe(404);
  });
});

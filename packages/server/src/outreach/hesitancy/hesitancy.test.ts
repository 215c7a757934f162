import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { call } from '../../testing/harness.ts';
import { giveDose, hesitancyScene, makePerson } from './testing.ts';

describe.each(testDatabaseKinds())('hesitancy follow-up list on $name', (kind) => {
  let s: Awaited<ReturnType<typeof hesitancyScene>>;
  const followUps = async (token: string, query = '') => {
    const res = await call(s.t.app, {
      method: 'GET',
      url: `/api/outreach/hesitancy/follow-ups${query}`,
      token,
    });
    expect(res.statusCode).toBe(200);
    return res.json().items as {
      personId: string;
      visits: number;
      lastOutcome: string;
      nextVisitOn: string;
    }[];
  };
  const onList = async (personId: string) => (await followUps(s.coord)).find((i) => i.personId === personId);

  beforeAll(async () => {
    s = await hesitancyScene(kind, 'hes-list');
  });
  afterAll(() => s.t.close());

  it('keeps a person on the list from her first visit until a dose that counts is recorded', async () => {
    const sita = await makePerson(s.t.database, s.org, 'Sita', s.wardA);
    const first = await s.visit(s.fw, {
      personId: sita,
      vaccineId: s.covid,
      visitedOn: '2026-10-05',
      reasons: ['fear_of_side_effects', 'loss_of_wages'],
      counselling: { messages: ['safety', 'where_and_when'] },
      outcome: 'will_think',
      nextVisitOn: '2026-10-12',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().followUp).toMatchObject({
      kind: 'hesitancy_follow_up',
      dueOn: '2026-10-12',
      refId: s.covid,
      detail: { visitNumber: 2 },
    });
    expect(await onList(sita)).toMatchObject({
      visits: 1,
      lastOutcome: 'will_think',
      nextVisitOn: '2026-10-12',
    });

    const second = await s.visit(s.fw, {
      personId: sita,
      vaccineId: s.covid,
      visitedOn: '2026-10-12',
      reasons: ['loss_of_wages'],
      outcome: 'agreed',
      nextVisitOn: '2026-10-20',
    });
    expect(second.statusCode).toBe(201);
    expect(await onList(sita)).toMatchObject({ visits: 2, lastOutcome: 'agreed', nextVisitOn: '2026-10-20' });

    await giveDose(s.t.database, s.org, {
      personId: sita,
      vaccineId: s.covid,
      givenOn: '2026-10-18',
      voided: true,
    });
    expect(await onList(sita)).toBeDefined();
    await giveDose(s.t.database, s.org, { personId: sita, vaccineId: s.covid, givenOn: '2026-10-19' });
    expect(await onList(sita)).toBeUndefined();

    const read = await call(s.t.app, {
      method: 'GET',
      url: `/api/outreach/hesitancy/visits?personId=${sita}`,
      token: s.fw,
    });
    expect(read.json().items.map((v: { outcome: string }) => v.outcome)).toEqual(['will_think', 'agreed']);
    expect(read.json().items[0]).toMatchObject({
      reasons: ['fear_of_side_effects', 'loss_of_wages'],
      counselling: { messages: ['safety', 'where_and_when'], notes: null },
    });
    const pulled = await call(s.t.app, {
      method: 'GET',
      url: '/api/sync/pull?since=0&limit=1000',
      token: s.fw,
    });
    const feed = pulled.json().changes.filter((c: { entity: string }) => c.entity === 'hesitancy_visit');
    expect(feed).toHaveLength(2);
    expect(feed[0].data).toMatchObject({ personId: sita, outcome: 'will_think', nextVisitOn: '2026-10-12' });
  });

  it('lets a person go after the set number of refusals, and follows the setting when it changes', async () => {
    const rani = await makePerson(s.t.database, s.org, 'Rani', s.wardA);
    const refuse = (visitedOn: string, nextVisitOn?: string) =>
      s.visit(s.fw, {
        personId: rani,
        vaccineId: s.covid,
        visitedOn,
        reasons: ['family_refusal'],
        outcome: 'refused',
        ...(nextVisitOn ? { nextVisitOn } : {}),
      });
    expect((await refuse('2026-09-01', '2026-09-15')).statusCode).toBe(201);
    // A second refusal of three still needs a next visit.
    const noDate = await refuse('2026-09-15');
    expect(noDate.json()).toMatchObject({
      status: 422,
      code: 'hesitancy.next_visit_required',
      field: 'nextVisitOn',
    });
    expect((await refuse('2026-09-15', '2026-10-01')).statusCode).toBe(201);
    const third = await refuse('2026-10-01');
    expect(third.statusCode).toBe(201);
    expect(third.json().followUp).toBeNull();
    expect(await onList(rani)).toBeUndefined();

    expect(
      (
        await call(s.t.app, {
          method: 'PUT',
          url: '/api/outreach/settings',
          token: s.fw,
          payload: { maxRefusals: 4 },
        })
      ).statusCode,
    ).toBe(403);
    const raised = await call(s.t.app, {
      method: 'PUT',
      url: '/api/outreach/settings',
      token: s.coord,
      payload: { maxRefusals: 4 },
    });
    expect(raised.statusCode).toBe(200);
    const settings = await call(s.t.app, { method: 'GET', url: '/api/outreach/settings', token: s.viewer });
    expect(settings.json()).toMatchObject({ maxRefusals: 4 });
    // Back on the list, due at once from the last visit, which set no date.
    expect(await onList(rani)).toMatchObject({
      visits: 3,
      lastOutcome: 'refused',
      nextVisitOn: '2026-10-01',
    });
    expect((await refuse('2026-10-08')).statusCode).toBe(201);
    expect(await onList(rani)).toBeUndefined();

    await call(s.t.app, {
      method: 'PUT',
      url: '/api/outreach/settings',
      token: s.coord,
      payload: { maxRefusals: 3 },
    });
    expect(
      (await call(s.t.app, { method: 'GET', url: '/api/outreach/settings', token: s.fw })).json().maxRefusals,
    ).toBe(3);
  });

  it('takes her off when a visit finds her vaccinated elsewhere, which needs no next visit', async () => {
    const meena = await makePerson(s.t.database, s.org, 'Meena', s.wardA);
    const res = await s.visit(s.fw, {
      personId: meena,
      vaccineId: s.covid,
      visitedOn: '2026-11-02',
      outcome: 'vaccinated_elsewhere',
    });
    expect(res.statusCode).toBe(201);
    expect(await onList(meena)).toBeUndefined();
  });
});

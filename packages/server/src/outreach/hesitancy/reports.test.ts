import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import type { Organisation } from '../../orgs/organisations.ts';
import { call, login, makeOrg, makeUser, startTestApp, type TestApp } from '../../testing/harness.ts';
import { giveDose, makeArea, makePerson, makeVaccine } from './testing.ts';

describe.each(testDatabaseKinds())('hesitancy reports on $name', (kind) => {
  let t: TestApp;
  let org: Organisation;
  let coord: string;
  let fw: string;
  let district: string;
  let covid: string;
  let hpv: string;

  const get = (url: string, token = coord, headers: Record<string, string> = {}) =>
    call(t.app, { method: 'GET', url, token, headers });

  beforeAll(async () => {
    t = await startTestApp(kind);
    org = await makeOrg(t.database, 'hes-reports');
    district = await makeArea(t.database, org, 'Pune district');
    const ward1 = await makeArea(t.database, org, 'Ward 1', district);
    const ward2 = await makeArea(t.database, org, 'Ward 2');
    covid = await makeVaccine(t.database, org, 'Covid-19');
    hpv = await makeVaccine(t.database, org, 'HPV');
    await makeUser(t.database, org, 'coord@rep', 'coordinator');
    await makeUser(t.database, org, 'fw@rep', 'field_worker', { areaIds: [ward1] });
    coord = await login(t.app, 'coord@rep');
    fw = await login(t.app, 'fw@rep');
    const [a, b, c, d] = [
      await makePerson(t.database, org, 'Anita', ward1),
      await makePerson(t.database, org, 'Bina', ward1),
      await makePerson(t.database, org, 'Chhaya', ward1),
      await makePerson(t.database, org, 'Durga', ward1),
    ];
    const e = await makePerson(t.database, org, 'Ela', ward2);
    const visits: [string, string, string, string, string[], Record<string, unknown>, string][] = [
      // person, vaccine, visited on, outcome, reasons, counselling, next visit
      [a!, covid, '2026-03-02', 'will_think', ['rumours'], { messages: ['safety'] }, '2026-03-09'],
      [a!, covid, '2026-03-09', 'agreed', ['rumours'], {}, '2026-03-20'],
      [b!, covid, '2026-03-03', 'refused', ['family_refusal', 'loss_of_wages'], {}, '2026-03-20'],
      [
        c!,
        covid,
        '2026-03-04',
        'will_think',
        ['fear_of_side_effects'],
        { notes: 'Talked with her husband' },
        '2026-04-01',
      ],
      [c!, covid, '2026-04-01', 'agreed', ['fear_of_side_effects'], {}, '2026-04-10'],
      [
        d!,
        covid,
        '2026-02-10',
        'agreed',
        ['distance_or_access'],
        { messages: ['where_and_when'] },
        '2026-02-20',
      ],
      [e, covid, '2026-03-05', 'will_think', ['rumours'], { messages: ['myths_answered'] }, '2026-03-12'],
      [a!, hpv, '2026-03-02', 'refused', ['other'], {}, '2026-03-20'],
    ];
    for (const [personId, vaccineId, visitedOn, outcome, reasons, counselling, nextVisitOn] of visits) {
      const res = await call(t.app, {
        method: 'POST',
        url: '/api/outreach/hesitancy/visits',
        token: coord,
        payload: {
          personId,
          vaccineId,
          visitedOn,
          outcome,
          reasons,
          counselling,
          nextVisitOn,
          ...(reasons.includes('other') ? { otherReason: 'Waiting for her daughter to decide' } : {}),
        },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    await giveDose(t.database, org, { personId: a!, vaccineId: covid, givenOn: '2026-03-15' });
    await giveDose(t.database, org, { personId: c!, vaccineId: covid, givenOn: '2026-04-05' });
    // Vaccinated before anyone visited her: not something the follow-up achieved.
    await giveDose(t.database, org, { personId: d!, vaccineId: covid, givenOn: '2026-01-15' });
    await giveDose(t.database, org, { personId: b!, vaccineId: covid, givenOn: '2026-03-25', voided: true });
  });
  afterAll(() => t.close());

  it('counts the funnel of the people first visited in the period, in the area and beneath it', async () => {
    const res = await get(`/api/outreach/hesitancy/funnel?areaId=${district}&from=2026-03-01&to=2026-03-31`);
    expect(res.statusCode).toBe(200);
    const rows = res.json().rows;
    const byName = Object.fromEntries(rows.map((r: { vaccineName: string }) => [r.vaccineName, r]));
    expect(byName['Covid-19']).toMatchObject({
      visited: 3,
      counselled: 2,
      agreed: 1,
      vaccinated: 1,
      vaccinatedElsewhere: 0,
    });
    expect(byName.HPV).toMatchObject({ visited: 1, counselled: 0, agreed: 0, vaccinated: 0 });
    const one = await get(`/api/outreach/hesitancy/funnel?vaccineId=${covid}&from=2026-03-01&to=2026-03-31`);
    expect(one.json().rows).toHaveLength(1);
    expect(one.json().rows[0]).toMatchObject({ visited: 4, counselled: 3 });
  });

  it('follows everyone to the end of the period, and shows a worker only her own area', async () => {
    const all = await get(`/api/outreach/hesitancy/funnel?vaccineId=${covid}&to=2026-04-30`);
    expect(all.json().rows[0]).toMatchObject({ visited: 5, counselled: 4, agreed: 3, vaccinated: 2 });
    const hers = await get(`/api/outreach/hesitancy/funnel?vaccineId=${covid}&to=2026-04-30`, fw);
    expect(hers.json().rows[0]).toMatchObject({ visited: 4, counselled: 3, agreed: 3, vaccinated: 2 });
    expect((await get(`/api/outreach/hesitancy/funnel?areaId=${district}`, fw)).statusCode).toBe(404);
    const backwards = await get('/api/outreach/hesitancy/funnel?from=2026-04-01&to=2026-03-01');
    expect(backwards.json()).toMatchObject({ status: 422, code: 'report.date_range', field: 'from' });
  });

  it('counts per month the visited people who gave each reason', async () => {
    const res = await get(`/api/outreach/hesitancy/reasons?areaId=${district}&from=2026-03-01&to=2026-04-30`);
    const [march, april] = res.json().months;
    expect(march).toEqual({
      month: '2026-03',
      visited: 3,
      reasons: {
        fear_of_side_effects: 1,
        rumours: 1,
        religious_or_cultural: 0,
        loss_of_wages: 1,
        distance_or_access: 0,
        illness: 0,
        family_refusal: 1,
        other: 1,
      },
    });
    expect(april).toMatchObject({
      month: '2026-04',
      visited: 1,
      reasons: { fear_of_side_effects: 1, rumours: 0 },
    });
    expect(res.json().months).toHaveLength(2);
  });

  it('gives the reports as CSV and as a page in the reader’s language', async () => {
    const csv = await get(
      `/api/outreach/hesitancy/funnel?format=csv&vaccineId=${covid}&to=2026-04-30`,
      coord,
      {
        'accept-language': 'fr',
      },
    );
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, line] = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(header).toBe(
      'Vaccin,Visitées,Conseillées,D’accord,Vaccinées,"Vaccinées, part des visitées",Vaccinées ailleurs',
    );
    expect(line).toBe('Covid-19,5,4,3,2,40,0');
    const reasons = await get(
      '/api/outreach/hesitancy/reasons?format=csv&from=2026-03-01&to=2026-03-31',
      coord,
      {
        'accept-language': 'hi',
      },
    );
    expect(reasons.body).toContain('अफ़वाहें');
    expect(reasons.body).toContain('2026-03,4,');
    const page = await get(`/api/outreach/hesitancy/follow-ups?format=html&areaId=${district}`, coord, {
      'accept-language': 'mr',
    });
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('संकोच पाठपुरावा यादी');
    expect(page.body).toContain('Bina');
  });

  it('lists who is due a follow-up visit, with her visits, last outcome and next visit', async () => {
    const res = await get(`/api/outreach/hesitancy/follow-ups?areaId=${district}`);
    const items = res.json().items as {
      name: string;
      vaccineName: string;
      visits: number;
      lastOutcome: string;
      nextVisitOn: string;
    }[];
    expect(
      items.map((i) => `${i.name} ${i.vaccineName} ${i.visits} ${i.lastOutcome} ${i.nextVisitOn}`),
    ).toEqual(['Anita HPV 1 refused 2026-03-20', 'Bina Covid-19 1 refused 2026-03-20']);
    expect(res.json()).toMatchObject({ count: 2, maxRefusals: 3 });
  });
});

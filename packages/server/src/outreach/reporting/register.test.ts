import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { asSystem, call, login, makeUser, startTestApp, type TestApp } from '../../testing/harness.ts';
import { addWomen, giveDoses, type ReportingWorld, reportingWorld } from './testing.ts';

const url = '/api/outreach/exports/register.csv';

describe.each(testDatabaseKinds())('outreach register export on $name', (kind) => {
  let t: TestApp;
  let w: ReportingWorld;
  let other: ReportingWorld;
  let sensitiveToken: string;
  let people: { dosed: string; pregnant: string; hesitant: string; wardB: string[]; noConsent: string };

  const get = (token: string, query = '', headers: Record<string, string> = {}) =>
    call(t.app, { method: 'GET', url: `${url}${query}`, token, headers });
  const table = (body: string): Record<string, string>[] =>
    parse(body.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true });
  const audits = (action: string) =>
    t.database.db
      .selectFrom('audit_log')
      .select(['user_id', 'detail'])
      .where('org_id', '=', w.org.id)
      .where('action', '=', action)
      .execute();

  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await reportingWorld(t, 'register-org');
    other = await reportingWorld(t, 'register-other');
    await makeUser(t.database, w.org, 'sensitive@register-org', 'coordinator', { sensitiveAccess: true });
    sensitiveToken = await login(t.app, 'sensitive@register-org');
    const [dosed, pregnant, hesitant] = await addWomen(t, w.org, w.slumA, 3, 'R');
    const wardB = await addWomen(t, w.org, w.wardB, 2, 'B');
    const [noConsent] = await asSystem(t.database, w.org, [
      { type: 'person.create', payload: { givenName: 'Nokia', sex: 'female', areaId: w.wardA } },
    ]);
    people = { dosed: dosed!, pregnant: pregnant!, hesitant: hesitant!, wardB, noConsent: noConsent!.id };
    await giveDoses(t, w.org, [dosed!], w.covid, 1, '2026-03-01');
    await giveDoses(t, w.org, [dosed!], w.covid, 2, '2026-04-01');
    await giveDoses(t, w.org, [pregnant!], w.measles, 1, '2026-03-01');
    await asSystem(t.database, w.org, [
      {
        type: 'pregnancy.register',
        payload: { personId: pregnant, registeredOn: '2026-09-01', expectedDeliveryOn: '2027-03-20' },
      },
      {
        type: 'hesitancy.visit',
        payload: {
          personId: hesitant,
          vaccineId: w.covid,
          visitedOn: '2026-05-01',
          reasons: ['rumours'],
          outcome: 'will_think',
          nextVisitOn: '2026-05-15',
        },
      },
      {
        type: 'hesitancy.visit',
        payload: {
          personId: hesitant,
          vaccineId: w.covid,
          visitedOn: '2026-05-15',
          reasons: ['fear_of_side_effects'],
          outcome: 'agreed',
          nextVisitOn: '2026-05-22',
        },
      },
      {
        type: 'person.sensitive.set',
        payload: { personId: dosed, attributes: { hivStatus: 'positive', onTreatment: true, sexWork: true } },
      },
    ]);
  });
  afterAll(() => t?.close());

  it('lists each consenting person in scope with her outreach status, and no sensitive column', async () => {
    const res = await get(w.tokens.coordinator);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const rows = table(res.body);
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r['Person id'])).not.toContain(people.noConsent);
    expect(Object.keys(rows[0]!)).not.toContain('HIV status');
    expect(res.body).not.toContain('Positive');
    const byId = new Map(rows.map((r) => [r['Person id'], r]));
    expect(byId.get(people.dosed)).toMatchObject({
      Name: 'R1 Kamble',
      Area: 'Bhim Nagar',
      'Doses of Covishield': '2',
      'Doses of Measles-rubella': '0',
    });
    expect(byId.get(people.pregnant)).toMatchObject({
      'Doses of Measles-rubella': '1',
      'Current pregnancy: expected delivery': '2027-03-20',
    });
    expect(Number(byId.get(people.pregnant)!['Open follow-up plans'])).toBeGreaterThanOrEqual(1);
    expect(byId.get(people.hesitant)).toMatchObject({
      'Last hesitancy visit: outcome': 'Agreed',
      'Last hesitancy visit: date': '2026-05-15',
    });
    const [entry] = await audits('outreach.register.export');
    expect(JSON.parse(entry!.detail!)).toEqual({ rows: 5, includeSensitive: false, areaId: null });
  });

  it('refuses the sensitive columns to a user without the grant, and exports nothing', async () => {
    const before = (await audits('outreach.register.export_sensitive')).length;
    const res = await get(w.tokens.coordinator, '?includeSensitive=true');
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'access.denied' });
    expect(await audits('outreach.register.export_sensitive')).toHaveLength(before);
  });

  it('gives the sensitive columns with the grant when asked, and audits the export with its row count', async () => {
    const res = await get(sensitiveToken, '?includeSensitive=true');
    expect(res.statusCode).toBe(200);
    const rows = table(res.body);
    const dosed = rows.find((r) => r['Person id'] === people.dosed)!;
    expect(dosed).toMatchObject({ 'HIV status': 'Positive', 'On treatment': 'Yes', 'Sex work': 'Yes' });
    expect(rows.find((r) => r['Person id'] === people.hesitant)).toMatchObject({
      'HIV status': '',
      'Sex work': '',
    });
    const entries = await audits('outreach.register.export_sensitive');
    expect(entries).toHaveLength(1);
    const user = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'sensitive@register-org')
      .executeTakeFirstOrThrow();
    expect(entries[0]!.user_id).toBe(user.id);
    expect(JSON.parse(entries[0]!.detail!)).toEqual({ rows: 5, includeSensitive: true, areaId: null });
    // Without asking, the same user gets no sensitive column.
    expect(Object.keys(table((await get(sensitiveToken)).body)[0]!)).not.toContain('HIV status');
  });

  it('narrows to an area and the areas beneath it', async () => {
    const rows = table((await get(w.tokens.coordinator, `?areaId=${w.wardA}`)).body);
    expect(rows.map((r) => r['Person id']).sort()).toEqual(
      [people.dosed, people.pregnant, people.hesitant].sort(),
    );
    const [entry] = (await audits('outreach.register.export')).filter((a) => a.detail?.includes(w.wardA));
    expect(JSON.parse(entry!.detail!)).toMatchObject({ rows: 3, areaId: w.wardA });
  });

  it('gives a scoped worker only her area, and no area outside it', async () => {
    const rows = table((await get(w.tokens.health)).body);
    expect(rows.map((r) => r['Person id']).sort()).toEqual([...people.wardB].sort());
    expect((await get(w.tokens.health, `?areaId=${w.wardA}`)).statusCode).toBe(404);
  });

  it('refuses an area of another organisation and shows another organisation none of these people', async () => {
    const res = await get(w.tokens.coordinator, `?areaId=${other.wardA}`);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'reference.not_found', field: 'query.areaId' });
    const theirs = table((await get(other.tokens.coordinator)).body);
    expect(theirs).toEqual([]);
  });

  it('writes its headers in the reader’s language', async () => {
    const res = await get(sensitiveToken, '?includeSensitive=true', { 'accept-language': 'fr' });
    const header = Object.keys(table(res.body)[0]!);
    expect(header).toContain('Doses de Covishield');
    expect(header).toContain('Statut VIH');
  });
});

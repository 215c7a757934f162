import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleCsv } from '../cli/people-csv.ts';
import type { Database } from '../db/database.ts';
import { testDatabaseKinds } from '../db/testing.ts';
import { asSystem, call, login, makeOrg, makeUser, startTestApp, type TestApp } from '../testing/harness.ts';

const villageA = '01960000-0000-7000-8000-0000000000b1';
const villageOut = '01960000-0000-7000-8000-0000000000b2';
const villageB = '01960000-0000-7000-8000-0000000000b3';
const header = 'given_name,family_name,sex,birth_year,area_code,skills';

async function count(database: Database, table: 'people' | 'groups' | 'commands', orgId: string) {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(testDatabaseKinds())('CSV import and export over HTTP on $name', (kind) => {
  let t: TestApp;
  let orgA: string;
  let orgB: string;
  const tokens: Record<string, string> = {};

  const post = (who: string, what: 'people' | 'groups', body: object, headers: Record<string, string> = {}) =>
    call(t.app, { method: 'POST', url: `/api/imports/${what}`, token: tokens[who]!, payload: body, headers });

  beforeAll(async () => {
    t = await startTestApp(kind);
    const a = await makeOrg(t.database, 'imp-a');
    const b = await makeOrg(t.database, 'imp-b');
    orgA = a.id;
    orgB = b.id;
    await asSystem(t.database, a, [
      { type: 'area.create', payload: { id: villageA, name: 'Pimpalgaon', kind: 'village', code: 'PMP' } },
      { type: 'area.create', payload: { id: villageOut, name: 'Dindori', kind: 'village', code: 'DND' } },
    ]);
    await asSystem(t.database, b, [
      { type: 'area.create', payload: { id: villageB, name: 'Other', kind: 'village', code: 'OTH' } },
    ]);
    await makeUser(t.database, a, 'coord@imp-a', 'coordinator');
    await makeUser(t.database, a, 'viewer@imp-a', 'viewer');
    await makeUser(t.database, a, 'field@imp-a', 'field_worker', { areaIds: [villageA] });
    await makeUser(t.database, b, 'admin@imp-b', 'admin');
    for (const name of ['coord@imp-a', 'viewer@imp-a', 'field@imp-a', 'admin@imp-b']) {
      tokens[name] = await login(t.app, name);
    }
  });
  afterAll(() => t.close());

  it('reports every bad row by row and column, and writes nothing', async () => {
    const csv = [
      header,
      'Sunita,Pawar,female,1988,PMP,tailoring',
      'Asha,Kale,woman,19x8,,',
      'Meena,More,female,1990,NOPE,',
    ].join('\n');
    const res = await post('coord@imp-a', 'people', { csv });
    expect(res.statusCode, res.body).toBe(422);
    const body = res.json();
    expect(body).toMatchObject({ code: 'import.rows_invalid', rows: 3, applied: 0 });
    expect(body.detail).toBe('2 rows were not valid; nothing was imported.');
    expect(body.errors).toEqual([
      { row: 3, column: 'birth_year', message: 'must be a whole number' },
      { row: 3, column: 'sex', message: 'must be one of: female, male, other, unknown' },
      { row: 4, column: 'area_code', message: 'no area of the organisation has the code NOPE' },
    ]);
    expect(await count(t.database, 'people', orgA)).toBe(0);
  });

  it('answers in the reader’s language', async () => {
    const res = await post(
      'coord@imp-a',
      'people',
      { csv: `${header}\nAsha,Kale,female,19x8,,` },
      {
        'accept-language': 'fr',
      },
    );
    expect(res.statusCode).toBe(422);
    const [error] = res.json().errors;
    expect(error.column).toBe('birth_year');
    expect(error.message).not.toBe('must be a whole number');
  });

  it('tells an unknown column as a problem of the header', async () => {
    const res = await post('coord@imp-a', 'people', {
      csv: 'given_name,surname\nAsha,Kale',
      file: 'list.csv',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'import.file_invalid',
      errors: [{ row: 1, column: 'surname' }],
    });
    expect(res.json().errors[0].message).toContain('list.csv');
  });

  it('checks on a dry run, then applies once however often the file is sent', async () => {
    const csv = [header, 'Sunita,Pawar,female,1988,PMP,tailoring;poultry', 'Rekha,Jadhav,f,1979,,'].join(
      '\n',
    );
    const commands = await count(t.database, 'commands', orgA);
    const dry = await post('coord@imp-a', 'people', { csv, dryRun: true });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toEqual({ rows: 2, errors: [], applied: 2, before: 0, dryRun: true });
    expect(await count(t.database, 'people', orgA)).toBe(0);
    expect(await count(t.database, 'commands', orgA)).toBe(commands);

    const applied = await post('coord@imp-a', 'people', { csv });
    expect(applied.statusCode, applied.body).toBe(201);
    expect(applied.json()).toMatchObject({ rows: 2, applied: 2, before: 0 });
    expect(await count(t.database, 'people', orgA)).toBe(2);

    const again = await post('coord@imp-a', 'people', { csv: `${csv}\nMeena,More,female,1990,DND,` });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ rows: 3, applied: 1, before: 2 });
    expect(await count(t.database, 'people', orgA)).toBe(3);
  });

  it('refuses a viewer and writes nothing', async () => {
    const before = await count(t.database, 'commands', orgA);
    const res = await post('viewer@imp-a', 'people', { csv: `${header}\nAsha,Kale,female,1980,PMP,` });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('access.denied');
    expect(await count(t.database, 'commands', orgA)).toBe(before);
  });

  it('checks each row as the command sent alone: a field worker only imports into her areas', async () => {
    const people = await count(t.database, 'people', orgA);
    const res = await post('field@imp-a', 'people', {
      csv: `${header}\nKamal,Shinde,female,1985,PMP,\nLata,Gaikwad,female,1982,DND,`,
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors.map((e: { row: number }) => e.row)).toEqual([3]);
    expect(await count(t.database, 'people', orgA)).toBe(people);
    const inside = await post('field@imp-a', 'people', { csv: `${header}\nKamal,Shinde,female,1985,PMP,` });
    expect(inside.statusCode, inside.body).toBe(201);
  });

  it('keeps another organisation out: its areas are unknown, and its export holds none of ours', async () => {
    const res = await post('admin@imp-b', 'people', { csv: `${header}\nAsha,Kale,female,1980,PMP,` });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ row: 2, column: 'area_code' });
    const byId = await post('admin@imp-b', 'people', {
      csv: `given_name,sex,area_id\nAsha,female,${villageA}`,
    });
    expect(byId.statusCode).toBe(422);
    expect(await count(t.database, 'people', orgB)).toBe(0);
    const exported = await call(t.app, {
      method: 'GET',
      url: '/api/exports/people.csv',
      token: tokens['admin@imp-b']!,
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).not.toContain('Sunita');
  });

  it('exports in the import’s columns, and the file imports into another organisation', async () => {
    const exported = await call(t.app, {
      method: 'GET',
      url: '/api/exports/people.csv',
      token: tokens['coord@imp-a']!,
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    const [first, ...lines] = exported.body.trim().split('\n');
    expect(first).toBe(peopleCsv.columns.map(([name]) => name).join(','));
    expect(lines).toHaveLength(await count(t.database, 'people', orgA));
    const withoutAreas = exported.body
      .replace(/PMP|DND/g, '')
      .replace(new RegExp(`${villageA}|${villageOut}`, 'g'), '');
    const res = await post('admin@imp-b', 'people', { csv: withoutAreas });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().applied).toBe(lines.length);
  });

  it('imports groups and refuses a scoped user the whole-organisation export', async () => {
    const csv =
      'kind,name,area_code,formed_on,cadence,saving_amount,interest_rate_percent_per_month\n' +
      'shg,Jijau SHG,PMP,2020-01-01,weekly,100,1.5';
    const res = await post('coord@imp-a', 'groups', { csv });
    expect(res.statusCode, res.body).toBe(201);
    expect(await count(t.database, 'groups', orgA)).toBe(1);
    const exported = await call(t.app, {
      method: 'GET',
      url: '/api/exports/groups.csv',
      token: tokens['coord@imp-a']!,
    });
    expect(exported.body).toContain('Jijau SHG,PMP');
    expect(exported.body).toContain('100.00');
    const refused = await call(t.app, {
      method: 'GET',
      url: '/api/exports/groups.csv',
      token: tokens['field@imp-a']!,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('grades each active group with books in the reader’s scope', async () => {
    const res = await call(t.app, {
      method: 'GET',
      url: '/api/finance/groups',
      token: tokens['coord@imp-a']!,
    });
    expect(res.statusCode, res.body).toBe(200);
    const { items } = res.json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ grade: expect.stringMatching(/^[ABC]$/), score: expect.any(Number) });
    const other = await call(t.app, {
      method: 'GET',
      url: '/api/finance/groups',
      token: tokens['admin@imp-b']!,
    });
    expect(other.json().items).toEqual([]);
  });

  it('gives a malformed body a 4xx', async () => {
    for (const payload of [{}, { csv: 5 }, { csv: 'a', dryRun: 'yes' }, { csv: 'a', extra: 1 }]) {
      const res = await post('coord@imp-a', 'people', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
  });
});

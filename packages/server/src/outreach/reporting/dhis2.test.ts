import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import { todayIn } from '../../finance/today.ts';
import { call, startTestApp, type TestApp } from '../../testing/harness.ts';
import { addWomen, giveDoses, type ReportingWorld, reportingWorld, visitHomes } from './testing.ts';

const unitA = 'OuBhavaniP1';
const dose1 = 'DeCovDose01';
const dose2 = 'DeCovDose02';
const visitsElement = 'DeHomeVisit';
const combo = 'CocFemale01';

describe.each(testDatabaseKinds())('DHIS2 mapping and export on $name', (kind) => {
  let t: TestApp;
  let w: ReportingWorld;
  let other: ReportingWorld;
  let lateDose2: string;

  const mapping = () => ({
    dataSet: 'DsOutreach1',
    indicators: [
      { indicator: 'doses:COVID19-CVS:1', dataElement: dose1, categoryOptionCombo: combo },
      { indicator: 'doses:COVID19-CVS:2', dataElement: dose2 },
    ],
    areas: [{ areaId: w.wardA, orgUnit: unitA }],
  });
  const put = (token: string, payload: unknown) =>
    call(t.app, { method: 'PUT', url: '/api/outreach/dhis2-mapping', token, payload });
  const get = (url: string, token = w.tokens.coordinator) => call(t.app, { method: 'GET', url, token });

  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await reportingWorld(t, 'dhis2-org');
    other = await reportingWorld(t, 'dhis2-other');
    // October 2026: five first doses in the slum (reported with its ward), four second doses in the
    // ward itself, three first doses in the unmapped ward and six home visits, an indicator left unmapped.
    const slum = await addWomen(t, w.org, w.slumA, 5, 'S');
    const ward = await addWomen(t, w.org, w.wardA, 5, 'W');
    const unmapped = await addWomen(t, w.org, w.wardB, 3, 'U');
    await giveDoses(t, w.org, slum, w.covid, 1, '2026-10-05');
    await giveDoses(t, w.org, ward, w.covid, 1, '2026-09-01');
    await giveDoses(t, w.org, ward.slice(0, 4), w.covid, 2, '2026-10-12');
    await giveDoses(t, w.org, unmapped, w.covid, 1, '2026-10-20');
    await visitHomes(t, w.org, [...slum, ward[0]!], '2026-10-15');
    lateDose2 = ward[4]!;
    // The other organisation's doses never reach this one's export.
    const theirs = await addWomen(t, other.org, other.wardA, 6, 'O');
    await giveDoses(t, other.org, theirs, other.covid, 1, '2026-10-03');
  });
  afterAll(() => t?.close());

  it('sets the mapping with outreach.manage and reads it back', async () => {
    const res = await put(w.tokens.coordinator, mapping());
    expect(res.statusCode, res.body).toBe(200);
    const read = await get('/api/outreach/dhis2-mapping', w.tokens.viewer);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      dataSet: 'DsOutreach1',
      indicators: [
        { indicator: 'doses:COVID19-CVS:1', dataElement: dose1, categoryOptionCombo: combo },
        { indicator: 'doses:COVID19-CVS:2', dataElement: dose2 },
      ],
      areas: [{ areaId: w.wardA, areaName: 'Bhavani Peth', orgUnit: unitA }],
    });
  });

  it('refuses the mapping to a health worker, who may not manage outreach', async () => {
    const res = await put(w.tokens.health, mapping());
    expect(res.statusCode).toBe(403);
  });

  it.each([
    [
      'a uid of 10 characters',
      (m: ReturnType<typeof mapping>) => ({ ...m, dataSet: 'DsOutreach' }),
      'request.invalid',
      'dataSet',
    ],
    [
      'a uid starting with a digit',
      (m: ReturnType<typeof mapping>) => ({ ...m, areas: [{ areaId: w.wardA, orgUnit: '1uBhavaniP1' }] }),
      'request.invalid',
      'areas.0.orgUnit',
    ],
    [
      'an unknown indicator',
      (m: ReturnType<typeof mapping>) => ({
        ...m,
        indicators: [{ indicator: 'deliveries:home', dataElement: dose1 }],
      }),
      'request.invalid',
      'indicators.0.indicator',
    ],
    [
      'an indicator mapped twice',
      (m: ReturnType<typeof mapping>) => ({
        ...m,
        indicators: [...m.indicators, { indicator: 'doses:COVID19-CVS:1', dataElement: 'DeOtherOne1' }],
      }),
      'dhis2.duplicate_indicator',
      'indicators.2.indicator',
    ],
    [
      'two indicators sent as one data value',
      (m: ReturnType<typeof mapping>) => ({
        ...m,
        indicators: [...m.indicators, { indicator: 'home_visits', dataElement: dose2 }],
      }),
      'dhis2.duplicate_data_value',
      'indicators.2.dataElement',
    ],
    [
      'a vaccine not in the catalogue',
      (m: ReturnType<typeof mapping>) => ({
        ...m,
        indicators: [{ indicator: 'doses:BCG:1', dataElement: dose1 }],
      }),
      'dhis2.unknown_vaccine',
      'indicators.0.indicator',
    ],
    [
      'dose 3 of a 2-dose vaccine',
      (m: ReturnType<typeof mapping>) => ({
        ...m,
        indicators: [{ indicator: 'doses:MR:3', dataElement: dose1 }],
      }),
      'dhis2.dose_beyond_series',
      'indicators.0.indicator',
    ],
    [
      'an area of another organisation',
      (m: ReturnType<typeof mapping>) => ({ ...m, areas: [{ areaId: other.wardA, orgUnit: unitA }] }),
      'reference.not_found',
      'areas.0.areaId',
    ],
  ])('refuses %s with the field, and keeps the mapping as it was', async (_name, change, code, field) => {
    const res = await put(w.tokens.admin, change(mapping()));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ code, field });
    const read = await get('/api/outreach/dhis2-mapping');
    expect(read.json().indicators).toHaveLength(2);
    expect(read.json().areas).toEqual([{ areaId: w.wardA, areaName: 'Bhavani Peth', orgUnit: unitA }]);
  });

  it('exports the month as dataValueSets, with counts under 5 left out and what did not map named', async () => {
    const res = await get('/api/outreach/exports/dhis2?period=202610');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      dataSet: 'DsOutreach1',
      period: '202610',
      orgUnit: unitA,
      dataValues: [
        { dataElement: dose1, period: '202610', orgUnit: unitA, categoryOptionCombo: combo, value: '5' },
      ],
    });
    expect(res.headers['x-dhis2-left-out']).toBe('unmapped-indicators=1; unmapped-areas=1; suppressed=1');
    const preview = await get('/api/outreach/exports/dhis2/preview?period=202610');
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      period: '202610',
      dataValues: 1,
      leftOut: {
        unmappedIndicators: [{ indicator: 'home_visits', count: 6 }],
        unmappedAreas: [{ areaId: w.wardB, areaName: 'Budhwar Peth', count: 3 }],
        suppressed: [{ indicator: 'doses:COVID19-CVS:2', orgUnit: unitA, count: 4 }],
      },
    });
  });

  it('keeps a count once it reaches 5, and sends every mapped indicator', async () => {
    await giveDoses(t, w.org, [lateDose2], w.covid, 2, '2026-10-30');
    const withVisits = mapping();
    withVisits.indicators.push({ indicator: 'home_visits', dataElement: visitsElement });
    expect((await put(w.tokens.coordinator, withVisits)).statusCode).toBe(200);
    const res = await get('/api/outreach/exports/dhis2?period=202610');
    expect(res.json().dataValues).toEqual([
      { dataElement: dose1, period: '202610', orgUnit: unitA, categoryOptionCombo: combo, value: '5' },
      { dataElement: dose2, period: '202610', orgUnit: unitA, value: '5' },
      { dataElement: visitsElement, period: '202610', orgUnit: unitA, value: '6' },
    ]);
    expect(res.headers['x-dhis2-left-out']).toBe('unmapped-indicators=0; unmapped-areas=1; suppressed=0');
    // The month before holds only the five first doses of September.
    const september = await get('/api/outreach/exports/dhis2?period=202609');
    expect(september.json().dataValues).toEqual([
      { dataElement: dose1, period: '202609', orgUnit: unitA, categoryOptionCombo: combo, value: '5' },
    ]);
  });

  it('counts only what a scoped worker may see', async () => {
    const res = await get('/api/outreach/exports/dhis2/preview?period=202610', w.tokens.health);
    expect(res.statusCode).toBe(200);
    expect(res.json().dataValues).toBe(0);
    expect(res.json().leftOut.unmappedAreas).toEqual([
      { areaId: w.wardB, areaName: 'Budhwar Peth', count: 3 },
    ]);
  });

  it('shows another organisation nothing of this one', async () => {
    const res = await get('/api/outreach/exports/dhis2/preview?period=202610', other.tokens.coordinator);
    expect(res.json().valueSet.dataValues).toEqual([]);
    expect(res.json().leftOut.unmappedIndicators).toEqual([{ indicator: 'doses:COVID19-CVS:1', count: 6 }]);
    const mappingRead = await get('/api/outreach/dhis2-mapping', other.tokens.coordinator);
    expect(mappingRead.json()).toMatchObject({ dataSet: null, indicators: [], areas: [] });
  });

  it.each(['202613', '202600', '2026-10', '2026W40', '20261', ''])(
    'refuses the period %j',
    async (period) => {
      const res = await get(`/api/outreach/exports/dhis2?period=${period}`);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'request.invalid', field: 'query.period' });
    },
  );

  it('refuses a month that has not begun', async () => {
    const res = await get('/api/outreach/exports/dhis2?period=209901');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'dhis2.period_in_future', field: 'query.period' });
  });

  it('marks a month complete only once it is over', async () => {
    const done = await get('/api/outreach/exports/dhis2?period=202610&complete=true');
    expect(done.statusCode).toBe(200);
    expect(done.json().completeDate).toBe(todayIn(w.org.timeZone));
    const thisMonth = todayIn(w.org.timeZone).slice(0, 7).replace('-', '');
    const running = await get(`/api/outreach/exports/dhis2?period=${thisMonth}&complete=true`);
    expect(running.statusCode).toBe(422);
    expect(running.json()).toMatchObject({ code: 'dhis2.period_not_over', field: 'query.complete' });
    const noDataSet = await get(
      '/api/outreach/exports/dhis2?period=202610&complete=true',
      other.tokens.coordinator,
    );
    expect(noDataSet.json()).toMatchObject({
      code: 'dhis2.complete_without_data_set',
      field: 'query.complete',
    });
  });

  it('refuses the export to a network viewer, who sees aggregates across partners only', async () => {
    const { makeUser, login } = await import('../../testing/harness.ts');
    await makeUser(t.database, w.org, 'network@dhis2-org', 'network_viewer');
    const token = await login(t.app, 'network@dhis2-org');
    expect((await get('/api/outreach/exports/dhis2?period=202610', token)).statusCode).toBe(403);
  });
});

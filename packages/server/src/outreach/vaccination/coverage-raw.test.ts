import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../access/system.ts';
import { generateCoverageData } from '../../bench/coverage.ts';
import { testDatabaseKinds } from '../../db/testing.ts';
import { makeOrg, startTestApp, type TestApp } from '../../testing/harness.ts';
import { coverageReport } from './coverage.ts';
import { checkAgreement, rawCoverage } from './coverage-raw.ts';
import { handCountedPopulation, vaccinationWorld } from './testing.ts';

/** The bench's raw baseline counts what the report counts, or its timing would compare unlike things. */
describe.each(testDatabaseKinds())('coverage raw baseline on $name', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('agrees with the report on the hand-counted population', async () => {
    const w = await vaccinationWorld(t, 'raw-hand');
    await handCountedPopulation(t, w);
    const report = await coverageReport(t.database.db, systemActor(w.org.id), {
      areaId: w.district,
      vaccineId: w.vaccineId,
      asOf: '2026-06-30',
    });
    const raw = await rawCoverage(t.database.db, w.org.id, w.district, '2026-06-30');
    expect(() => checkAgreement(report, raw)).not.toThrow();
    expect(raw.reduce((n, c) => n + c.at_least_one, 0)).toBe(4);
  });

  it('agrees with the report on the bench’s generated district', async () => {
    const org = await makeOrg(t.database, 'raw-bench');
    const scale = { wards: 3, slumsPerWard: 2, people: 600, doses: 1200, requests: 1 };
    const data = await generateCoverageData(t.database, org.id, scale);
    expect(data).toMatchObject({ people: 600, doses: 1200, areas: 10 });
    const report = await coverageReport(t.database.db, systemActor(org.id), {
      areaId: data.district,
      asOf: '2026-06-30',
    });
    expect(report.targetCount).toBe(600);
    const raw = await rawCoverage(t.database.db, org.id, data.district, '2026-06-30');
    expect(() => checkAgreement(report, raw)).not.toThrow();
    const [two, three] = report.vaccines;
    expect(two?.total.fullyVaccinated).toBeGreaterThan(0);
    expect(three?.total.atLeastOneDose).toBeGreaterThan(0);
    expect(report.vaccines[0]?.areas).toHaveLength(4);
  });
});

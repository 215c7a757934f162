import { type Actor, newId } from '@groundwork/core';
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { insertRows } from '../db/reuse.ts';
import type { Tables } from '../db/schema.ts';
import { coverageReport } from '../outreach/vaccination/coverage.ts';
import { checkAgreement, rawCoverage } from '../outreach/vaccination/coverage-raw.ts';
import { makeOrg } from '../testing/harness.ts';
import type { BenchDatabaseKind } from './databases.ts';
import { log, percentile, type RssPeak, round } from './stats.ts';

const targetMs = 200;
const asOf = '2026-06-30';

export interface CoverageScale {
  wards: number;
  slumsPerWard: number;
  people: number;
  /** Doses written; the first vaccine (2 doses) gets about two thirds of them, the second (3 doses) the rest. */
  doses: number;
  requests: number;
}

export const coverageScale = (smoke: boolean): CoverageScale =>
  smoke
    ? { wards: 3, slumsPerWard: 2, people: 600, doses: 1200, requests: 3 }
    : { wards: 20, slumsPerWard: 5, people: 20_000, doses: 40_000, requests: 50 };

const rowsPerInsert = 500;
const dayMs = 86_400_000;
const dateAfter = (from: string, days: number) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/**
 * A district of wards and slums with `people` people (a tenth in the wards themselves, a few with only a
 * birth year or no age at all) and `doses` doses of two vaccines, written straight to the tables in one
 * transaction; a fiftieth of the doses are voided. Returns the district's id.
 */
export async function generateCoverageData(database: Database, orgId: string, scale: CoverageScale) {
  const now = new Date().toISOString();
  const areas: Tables['areas'][] = [];
  const area = (name: string, kind: string, parentId: string | null) => {
    const row = {
      org_id: orgId,
      id: newId(),
      parent_id: parentId,
      kind,
      name,
      code: null,
      created_at: now,
      updated_at: now,
    };
    areas.push(row);
    return row.id;
  };
  const district = area('District', 'district', null);
  const homes: string[] = [];
  for (let w = 0; w < scale.wards; w++) {
    const ward = area(`Ward ${w + 1}`, 'ward', district);
    homes.push(ward);
    for (let s = 0; s < scale.slumsPerWard; s++) homes.push(area(`Slum ${w + 1}.${s + 1}`, 'slum', ward));
  }
  const sexes = ['female', 'female', 'male', 'male', 'other', 'unknown'];
  const people: Tables['people'][] = [];
  for (let i = 0; i < scale.people; i++) {
    const birth = dateAfter('1940-01-01', (i * 7919) % 31_000);
    const shape = i % 20;
    people.push({
      org_id: orgId,
      id: newId(),
      given_name: `Person ${i}`,
      family_name: null,
      name_key: `person ${i}`,
      sex: sexes[i % sexes.length] as string,
      birth_date: shape < 16 ? birth : null,
      birth_year: shape < 19 ? Number(birth.slice(0, 4)) : null,
      phone: null,
      phone_key: null,
      area_id: i % 10 === 0 ? district : (homes[i % homes.length] as string),
      household_id: null,
      occupation: null,
      skills: '[]',
      disability_type: null,
      consent_given: 1,
      consent_date: '2025-01-01',
      consent_recorded_by: 'bench',
      created_at: now,
      updated_at: now,
    });
  }
  const vaccines: Tables['vaccines'][] = [
    {
      org_id: orgId,
      id: newId(),
      name: 'Two-dose',
      code: 'V2',
      doses_in_series: 2,
      min_interval_days: 28,
      created_at: now,
    },
    {
      org_id: orgId,
      id: newId(),
      name: 'Three-dose',
      code: 'V3',
      doses_in_series: 3,
      min_interval_days: 30,
      created_at: now,
    },
  ];
  const doses: Tables['doses'][] = [];
  // Everyone may have the two-dose vaccine, every other person the three-dose one too. Round r gives
  // dose r + 1 to whoever has not stopped, and a few stop at each round, so series are left unfinished
  // unevenly; the last round is cut short when the dose count is reached.
  const stopped = new Set<string>();
  for (let r = 0; r < 3 && doses.length < scale.doses; r++) {
    for (const [i, person] of people.entries()) {
      for (const [v, vaccine] of vaccines.entries()) {
        const key = `${i}:${v}`;
        if (doses.length >= scale.doses || r >= vaccine.doses_in_series || (v === 1 && i % 2 === 1)) continue;
        if (stopped.has(key) || (i * 13 + r * 7 + v) % 9 === 0) {
          stopped.add(key);
          continue;
        }
        const voided = doses.length % 50 === 49;
        doses.push({
          org_id: orgId,
          id: newId(),
          person_id: person.id,
          vaccine_id: vaccine.id,
          dose_number: r + 1,
          given_on: dateAfter('2025-01-01', r * 60 + (i % 200)),
          drive_id: null,
          site: null,
          lot_number: null,
          recorded_by: 'bench',
          recorded_at: now,
          voided_at: voided ? now : null,
          void_reason: voided ? 'bench' : null,
        });
      }
    }
  }
  await database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < areas.length; i += rowsPerInsert) {
      await insertRows(trx, database.dialect, 'areas', areas.slice(i, i + rowsPerInsert));
    }
    for (let i = 0; i < people.length; i += rowsPerInsert) {
      await insertRows(trx, database.dialect, 'people', people.slice(i, i + rowsPerInsert));
    }
    await insertRows(trx, database.dialect, 'vaccines', vaccines);
    for (let i = 0; i < doses.length; i += rowsPerInsert) {
      await insertRows(trx, database.dialect, 'doses', doses.slice(i, i + rowsPerInsert));
    }
  });
  if (database.dialect === 'postgres') await sql`ANALYZE`.execute(database.db);
  else database.sqlite?.exec('ANALYZE');
  return { district, areas: areas.length, people: people.length, doses: doses.length };
}

interface Samples {
  wallMs: number[];
  cpuMs: number[];
}

const latency = ({ wallMs, cpuMs }: Samples) => ({
  p50Ms: round(percentile(wallMs, 0.5)),
  p95Ms: round(percentile(wallMs, 0.95)),
  maxMs: round(Math.max(...wallMs)),
  /**
   * This process's CPU time, which a neighbour's load does not inflate: on SQLite the whole of the work,
   * on PostgreSQL only the client's part.
   */
  cpuP50Ms: round(percentile(cpuMs, 0.5)),
});

/**
 * The coverage report of a district of 20,000 people and 40,000 doses through `coverageReport`, the
 * function the route calls, beside the raw query, taking turns request by request; the two must agree
 * cell for cell before anything is timed.
 */
export async function runCoverage(kinds: BenchDatabaseKind[], smoke: boolean, rss: RssPeak) {
  const scale = coverageScale(smoke);
  const results = [];
  for (const kind of kinds) {
    const bench = await kind.open();
    try {
      const { db } = bench.database;
      const org = await makeOrg(bench.database, 'bench-coverage');
      const started = performance.now();
      const dataset = await generateCoverageData(bench.database, org.id, scale);
      log(
        `${kind.name}: coverage dataset of ${dataset.people} people, ${dataset.doses} doses in ${Math.round(performance.now() - started)} ms`,
      );
      const actor: Actor = {
        userId: 'bench',
        orgId: org.id,
        role: 'coordinator',
        sensitiveAccess: false,
        scope: { areaIds: new Set(), groupIds: new Set() },
      };
      const report = () => coverageReport(db, actor, { areaId: dataset.district, asOf });
      const raw = () => rawCoverage(db, org.id, dataset.district, asOf);
      checkAgreement(await report(), await raw());
      const reportMs: Samples = { wallMs: [], cpuMs: [] };
      const rawMs: Samples = { wallMs: [], cpuMs: [] };
      for (let i = -2; i < scale.requests; i++) {
        for (const [run, samples] of [
          [report, reportMs],
          [raw, rawMs],
        ] as const) {
          const cpu = process.cpuUsage();
          const t0 = performance.now();
          await run();
          const wall = performance.now() - t0;
          const used = process.cpuUsage(cpu);
          if (i >= 0) {
            samples.wallMs.push(wall);
            samples.cpuMs.push((used.user + used.system) / 1000);
          }
        }
        rss.sample();
      }
      const result = {
        database: kind.name,
        scenario: 'coverage report of a district (all vaccines, by sex × age band and by ward), in process',
        dataset: { ...dataset, vaccines: 2 },
        requests: scale.requests,
        report: latency(reportMs),
        raw: latency(rawMs),
        ratioToRaw: round(percentile(reportMs.wallMs, 0.5) / percentile(rawMs.wallMs, 0.5), 2),
        target: targetMs,
        meetsTarget: percentile(reportMs.wallMs, 0.95) <= targetMs,
      };
      log(
        `${kind.name}: coverage p50 ${result.report.p50Ms} ms p95 ${result.report.p95Ms} ms; raw p50 ${result.raw.p50Ms} ms; CPU p50 ${result.report.cpuP50Ms} ms (raw ${result.raw.cpuP50Ms} ms)`,
      );
      results.push(result);
    } finally {
      await bench.dispose();
    }
  }
  return results;
}

import { loadavg } from 'node:os';
import { type Kysely, sql } from 'kysely';
import { loadActor } from '../access/actor.ts';
import { peopleInScope } from '../access/scope-sql.ts';
import type { Tables } from '../db/schema.ts';
import { generateTaskData, type TaskBenchScale } from '../outreach/tasks/bench-data.ts';
import { taskList } from '../outreach/tasks/lists.ts';
import { loadTaskRecords } from '../outreach/tasks/records.ts';
import { makeOrg, makeUser } from '../testing/harness.ts';
import type { BenchDatabaseKind } from './databases.ts';
import { log, percentile, type RssPeak, round } from './stats.ts';

const targetMs = 100;
const upcomingDays = 7;

export const tasksScale = (smoke: boolean): TaskBenchScale & { requests: number } =>
  smoke
    ? { wards: 2, peoplePerWard: 150, today: '2026-12-01', requests: 3 }
    : { wards: 4, peoplePerWard: 1500, today: '2026-12-01', requests: 50 };

/**
 * The floor under the task list: the same rows read by hand-written SQL, one statement per kind of
 * record, each selecting the people of the worker's areas through a subquery, with nothing built from
 * them. Returns how many rows each statement read.
 */
export async function rawTaskRows(db: Kysely<Tables>, orgId: string, areaIds: string[], today: string) {
  const areas = sql.join(areaIds);
  const people = sql`SELECT id FROM people WHERE org_id = ${orgId} AND consent_given = 1 AND area_id IN (${areas})`;
  const statements = {
    people: sql`SELECT p.id, p.given_name, p.family_name, p.area_id, a.name FROM people p
      LEFT JOIN areas a ON a.org_id = p.org_id AND a.id = p.area_id
      WHERE p.org_id = ${orgId} AND p.consent_given = 1 AND p.area_id IN (${areas})`,
    vaccines: sql`SELECT id, name, doses_in_series, min_interval_days FROM vaccines WHERE org_id = ${orgId}`,
    settings: sql`SELECT max_refusals FROM outreach_settings WHERE org_id = ${orgId}`,
    doses: sql`SELECT person_id, vaccine_id, dose_number, given_on FROM doses
      WHERE org_id = ${orgId} AND voided_at IS NULL AND person_id IN (${people})`,
    hesitancyVisits: sql`SELECT id, person_id, vaccine_id, visited_on, outcome, next_visit_on FROM hesitancy_visits
      WHERE org_id = ${orgId} AND person_id IN (${people})`,
    plans: sql`SELECT id, person_id, kind, starts_on, ends_on, ended_on FROM follow_up_plans
      WHERE org_id = ${orgId} AND person_id IN (${people})`,
    homeVisits: sql`SELECT v.person_id, v.plan_id, max(v.visited_on) AS visited_on FROM home_visits v
      JOIN follow_up_plans f ON f.org_id = v.org_id AND f.id = v.plan_id
      WHERE v.org_id = ${orgId} AND v.person_id IN (${people}) AND v.visited_on >= f.starts_on
        AND v.visited_on <= ${today}
        AND (f.ended_on IS NULL OR f.ended_on >= ${today}) AND (f.ends_on IS NULL OR f.ends_on >= ${today})
      GROUP BY v.person_id, v.plan_id`,
    pregnancies: sql`SELECT id, person_id, delivered_on, delivery_place, outcome FROM pregnancies
      WHERE org_id = ${orgId} AND delivered_on IS NOT NULL AND person_id IN (${people})`,
    postnatalVisits: sql`SELECT v.pregnancy_id, v.visited_on FROM postnatal_visits v
      JOIN pregnancies g ON g.org_id = v.org_id AND g.id = v.pregnancy_id
      WHERE v.org_id = ${orgId} AND g.person_id IN (${people})`,
  };
  const counts: Record<string, number> = {};
  for (const [name, statement] of Object.entries(statements)) {
    counts[name] = (await statement.execute(db)).rows.length;
  }
  return counts;
}

/** Fails the run unless the list read exactly the rows the raw statements read. */
async function checkAgreement(
  db: Kysely<Tables>,
  orgId: string,
  areaIds: string[],
  today: string,
  actor: Parameters<typeof peopleInScope>[0],
) {
  const raw = await rawTaskRows(db, orgId, areaIds, today);
  const loaded = await loadTaskRecords(db, orgId, peopleInScope(actor), today);
  const sum = (pick: (r: (typeof loaded.records)[number]) => number) =>
    loaded.records.reduce((n, r) => n + pick(r), 0);
  const read = {
    people: loaded.people.length,
    doses: sum((r) => r.doses.length),
    hesitancyVisits: sum((r) => r.hesitancyVisits.length),
    plans: sum((r) => r.plans.length),
    homeVisits: sum((r) => r.homeVisits.length),
    pregnancies: sum((r) => r.pregnancies.length),
    postnatalVisits: sum((r) => r.pregnancies.reduce((n, p) => n + p.postnatalVisits.length, 0)),
  };
  for (const [name, n] of Object.entries(read)) {
    if (raw[name] !== n)
      throw new Error(`tasks bench: the list read ${n} ${name}, the raw statements ${raw[name]}`);
  }
  return { ...read, vaccines: raw.vaccines ?? 0 };
}

const latency = (samples: number[]) => ({
  p50Ms: round(percentile(samples, 0.5)),
  p95Ms: round(percentile(samples, 0.95)),
  maxMs: round(Math.max(...samples)),
});

/**
 * Today's tasks of a health worker whose ward holds 1,500 people, through `taskList`, the function the
 * route calls, beside the raw statements reading the same rows, taking turns request by request.
 */
export async function runTasks(kinds: BenchDatabaseKind[], smoke: boolean, rss: RssPeak) {
  const scale = tasksScale(smoke);
  const results = [];
  for (const kind of kinds) {
    const bench = await kind.open();
    try {
      const { db } = bench.database;
      const org = await makeOrg(bench.database, 'bench-tasks');
      const started = performance.now();
      const { workerWard, counts } = await generateTaskData(bench.database, org.id, scale);
      log(
        `${kind.name}: tasks dataset ${JSON.stringify(counts)} in ${Math.round(performance.now() - started)} ms`,
      );
      const userId = await makeUser(bench.database, org, 'worker@bench-tasks', 'health_worker', {
        areaIds: [workerWard],
      });
      const user = await db
        .selectFrom('users')
        .select(['id', 'org_id', 'role', 'sensitive_access'])
        .where('id', '=', userId)
        .executeTakeFirstOrThrow();
      const actor = await loadActor(db, user);
      const areaIds = [...actor.scope.areaIds];
      const read = await checkAgreement(db, org.id, areaIds, scale.today, actor);
      const list = () => taskList(db, org.id, peopleInScope(actor), scale.today, upcomingDays);
      const raw = () => rawTaskRows(db, org.id, areaIds, scale.today);
      const listMs: number[] = [];
      const rawMs: number[] = [];
      // CPU time of this process as well: on a busy machine it shows the work apart from the wait for a
      // core (for PostgreSQL it leaves out the server's own work).
      const listCpuMs: number[] = [];
      const rawCpuMs: number[] = [];
      let agenda = await list();
      for (let i = -2; i < scale.requests; i++) {
        for (const [name, samples, cpuSamples] of [
          ['list', listMs, listCpuMs],
          ['raw', rawMs, rawCpuMs],
        ] as const) {
          const cpu = process.cpuUsage();
          const t0 = performance.now();
          if (name === 'list') agenda = await list();
          else await raw();
          if (i < 0) continue;
          samples.push(performance.now() - t0);
          const used = process.cpuUsage(cpu);
          cpuSamples.push((used.user + used.system) / 1000);
        }
        rss.sample();
      }
      const result = {
        database: kind.name,
        scenario: `today’s tasks of a health worker (her ward and its slums), upcoming ${upcomingDays} days, in process`,
        dataset: { ...counts, workerRows: read },
        tasks: agenda.totals,
        requests: scale.requests,
        list: { ...latency(listMs), cpuP50Ms: round(percentile(listCpuMs, 0.5)) },
        raw: { ...latency(rawMs), cpuP50Ms: round(percentile(rawCpuMs, 0.5)) },
        ratioToRaw: round(percentile(listMs, 0.5) / percentile(rawMs, 0.5), 2),
        target: targetMs,
        meetsTarget: percentile(listMs, 0.95) <= targetMs,
        // The machine's load while it ran: on a shared machine the ratio to raw means more than the times.
        loadAverage: loadavg().map((n) => round(n, 2)),
      };
      log(
        `${kind.name}: tasks p50 ${result.list.p50Ms} ms p95 ${result.list.p95Ms} ms; raw p50 ${result.raw.p50Ms} ms; CPU p50 ${result.list.cpuP50Ms} ms against ${result.raw.cpuP50Ms} ms (${read.people} people)`,
      );
      results.push(result);
    } finally {
      await bench.dispose();
    }
  }
  return results;
}

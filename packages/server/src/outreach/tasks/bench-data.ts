import { addDays, newId } from '@groundwork/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Tables } from '../../db/schema.ts';
import { Random } from '../../demo/random.ts';

/**
 * The records of a town for the task-list benchmark, written straight to the tables: `wards` wards of
 * four slums each, `peoplePerWard` people in each ward (the benchmark's worker follows the first), and
 * for them what two years of outreach leave behind, as of `today`:
 * - a 2-dose vaccine (28 days) that two thirds of the adults have started and most finished, some doses
 *   voided; a 3-dose child vaccine (28 days) for the children;
 * - hesitancy visits (one to three, a fortnight apart) for two in five of the adults not vaccinated;
 * - a twice-monthly plan for every child under five, visited in most half-months since it started;
 * - pregnancies: some current (with their monthly plan and visits), some delivered in the last two months
 *   (with their postnatal visits), more delivered long ago.
 */
export interface TaskBenchScale {
  wards: number;
  peoplePerWard: number;
  today: string;
}

const rowsPerInsert = 400;

async function insertAll<T extends keyof Tables>(db: Kysely<Tables>, table: T, rows: Tables[T][]) {
  for (let i = 0; i < rows.length; i += rowsPerInsert) {
    // Rows of the table's own type, which Kysely cannot see through a generic.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + rowsPerInsert) as never)
      .execute();
  }
}

export async function generateTaskData(database: Database, orgId: string, scale: TaskBenchScale) {
  const random = new Random(20261201);
  const { today } = scale;
  const now = `${today}T06:00:00.000Z`;
  // In the order they are written: a plan points at its pregnancy, a visit at its plan.
  const rows = {
    areas: [] as Tables['areas'][],
    people: [] as Tables['people'][],
    vaccines: [] as Tables['vaccines'][],
    doses: [] as Tables['doses'][],
    hesitancy_visits: [] as Tables['hesitancy_visits'][],
    pregnancies: [] as Tables['pregnancies'][],
    follow_up_plans: [] as Tables['follow_up_plans'][],
    home_visits: [] as Tables['home_visits'][],
    postnatal_visits: [] as Tables['postnatal_visits'][],
  };
  const area = (name: string, parentId: string | null, kind: string) => {
    const id = newId();
    rows.areas.push({
      org_id: orgId,
      id,
      parent_id: parentId,
      kind,
      name,
      code: null,
      created_at: now,
      updated_at: now,
    });
    return id;
  };
  const vaccine = (name: string, code: string, doses: number) => {
    const id = newId();
    rows.vaccines.push({
      org_id: orgId,
      id,
      name,
      code,
      doses_in_series: doses,
      min_interval_days: 28,
      created_at: now,
    });
    return id;
  };
  const adultVaccine = vaccine('Covishield', 'COVID19-CVS', 2);
  const childVaccine = vaccine('Pentavalent', 'PENTA', 3);
  const meta = { org_id: orgId, recorded_by: 'bench' };
  const dose = (personId: string, vaccineId: string, doseNumber: number, givenOn: string) =>
    rows.doses.push({
      ...meta,
      id: newId(),
      person_id: personId,
      vaccine_id: vaccineId,
      dose_number: doseNumber,
      given_on: givenOn,
      drive_id: null,
      site: null,
      lot_number: null,
      recorded_at: now,
      voided_at: null,
      void_reason: null,
    });
  /** A series from `first`, each next dose with the chance `keepOn`, 28 to 60 days after the last. */
  const series = (personId: string, vaccineId: string, doses: number, first: string, keepOn: number) => {
    let givenOn = first;
    for (let n = 1; n <= doses && givenOn <= today; n++) {
      dose(personId, vaccineId, n, givenOn);
      if (!random.chance(keepOn)) break;
      givenOn = addDays(givenOn, random.int(28, 60));
    }
  };
  const plan = (
    personId: string,
    kind: string,
    startsOn: string,
    endsOn: string | null,
    pregnancyId: string | null,
    endedOn: string | null,
  ) => {
    const id = newId();
    rows.follow_up_plans.push({
      ...meta,
      id,
      person_id: personId,
      kind,
      starts_on: startsOn,
      ends_on: endsOn,
      pregnancy_id: pregnancyId,
      ended_on: endedOn,
      end_reason: endedOn ? 'pregnancy_ended' : null,
      created_at: now,
      updated_at: now,
    });
    // Most windows of the rhythm get their visit, a few days after they open.
    const step = kind === 'pregnancy' ? 30 : 15;
    const last = endedOn ?? today;
    for (let day = startsOn; day <= last; day = addDays(day, step)) {
      const visitedOn = addDays(day, random.int(0, 6));
      if (visitedOn > last || !random.chance(0.85)) continue;
      rows.home_visits.push({
        ...meta,
        id: newId(),
        person_id: personId,
        plan_id: id,
        visited_on: visitedOn,
        weight_grams: kind === 'pregnancy' ? null : random.int(6000, 18000),
        muac_mm: kind === 'pregnancy' ? null : random.int(110, 160),
        oedema: 0,
        danger_signs: '[]',
        advice: '["nutrition"]',
        referral_to: null,
        referral_reason: null,
        notes: null,
        created_at: now,
      });
    }
  };
  const pregnancy = (personId: string) => {
    const registeredOn = addDays(today, -random.int(20, 700));
    const expected = addDays(registeredOn, random.int(120, 240));
    const delivered = expected <= today ? addDays(expected, random.int(-10, 10)) : null;
    const deliveredOn = delivered && delivered <= today ? delivered : null;
    const id = newId();
    rows.pregnancies.push({
      ...meta,
      id,
      person_id: personId,
      registered_on: registeredOn,
      expected_delivery_on: expected,
      last_menstrual_period_on: null,
      delivered_on: deliveredOn,
      delivery_place: deliveredOn ? random.pick(['health_facility', 'health_facility', 'home']) : null,
      facility_name: null,
      outcome: deliveredOn ? 'live_birth' : null,
      babies: null,
      closed_on: null,
      close_reason: null,
      created_at: now,
      updated_at: now,
    });
    plan(personId, 'pregnancy', registeredOn, null, id, deliveredOn);
    // Postnatal visits during the six weeks after the birth.
    const until = deliveredOn ? addDays(deliveredOn, 42) : null;
    for (
      let day = deliveredOn ? addDays(deliveredOn, 2) : null;
      day && until && day <= today && day <= until;
      day = addDays(day, 9)
    ) {
      if (!random.chance(0.7)) continue;
      rows.postnatal_visits.push({
        ...meta,
        id: newId(),
        pregnancy_id: id,
        visited_on: day,
        notes: null,
        created_at: now,
      });
    }
  };
  const town = area('Town', null, 'district');
  const wardIds: string[] = [];
  for (let w = 0; w < scale.wards; w++) {
    const ward = area(`Ward ${w + 1}`, town, 'ward');
    wardIds.push(ward);
    const homes = [ward, ...[1, 2, 3, 4].map((s) => area(`Slum ${w + 1}.${s}`, ward, 'slum'))];
    for (let i = 0; i < scale.peoplePerWard; i++) {
      const id = newId();
      const child = random.chance(0.12);
      const birthDate = child
        ? addDays(today, -random.int(30, 1800))
        : addDays(today, -random.int(18 * 365, 70 * 365));
      const female = random.chance(0.55);
      rows.people.push({
        org_id: orgId,
        id,
        given_name: `Person ${w + 1}.${i + 1}`,
        family_name: null,
        name_key: `person ${w + 1}.${i + 1}`,
        sex: female ? 'female' : 'male',
        birth_date: birthDate,
        birth_year: Number(birthDate.slice(0, 4)),
        phone: null,
        phone_key: null,
        area_id: random.pick(homes),
        household_id: null,
        occupation: null,
        skills: '[]',
        disability_type: null,
        consent_given: random.chance(0.97) ? 1 : 0,
        consent_date: '2024-12-01',
        consent_recorded_by: 'bench',
        created_at: now,
        updated_at: now,
      });
      if (child) {
        series(id, childVaccine, 3, addDays(birthDate, 42), 0.8);
        const startsOn = birthDate > '2024-12-01' ? birthDate : '2024-12-01';
        plan(id, 'child_under_five', startsOn, addDays(birthDate, 5 * 365), null, null);
        continue;
      }
      if (random.chance(0.65)) series(id, adultVaccine, 2, addDays(today, -random.int(1, 300)), 0.75);
      else if (random.chance(0.4)) {
        let visitedOn = addDays(today, -random.int(10, 120));
        for (let v = random.int(1, 3); v > 0 && visitedOn <= today; v--) {
          const nextVisitOn = addDays(visitedOn, 14);
          rows.hesitancy_visits.push({
            ...meta,
            id: newId(),
            person_id: id,
            vaccine_id: adultVaccine,
            visited_on: visitedOn,
            reasons: '["fear_of_side_effects"]',
            other_reason: null,
            counselling_messages: '["safety"]',
            counselling_notes: null,
            outcome: random.pick(['will_think', 'will_think', 'refused', 'agreed']),
            next_visit_on: nextVisitOn,
            recorded_at: now,
          });
          visitedOn = nextVisitOn;
        }
      }
      if (female && random.chance(0.15)) pregnancy(id);
    }
  }
  // Every fiftieth dose was recorded by mistake and voided.
  rows.doses.forEach((d, i) => {
    if (i % 50 === 49) Object.assign(d, { voided_at: now, void_reason: 'bench' });
  });
  await database.db.transaction().execute(async (trx) => {
    for (const [table, list] of Object.entries(rows))
      await insertAll(trx, table as keyof Tables, list as never);
  });
  if (database.dialect === 'postgres') await sql`ANALYZE`.execute(database.db);
  else database.sqlite?.exec('ANALYZE');
  const counts = Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]));
  return { workerWard: wardIds[0]!, counts };
}

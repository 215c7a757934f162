import type { CommandEnvelope } from '@groundwork/core';
import type { Database } from '../db/database.ts';
import { todayIn } from '../finance/today.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { applyAll } from './load.ts';
import { marathiChildren } from './names.ts';
import { Plan } from './plan.ts';
import { addDays } from './random.ts';
import { solapur } from './solapur.ts';

/**
 * Health outreach for the demo's health organisation, Arogya Sakhi in Solapur, in Budhwar Peth: the ward
 * of its health worker (health_worker@solapur), so that her tasks and the coordinator's dashboard have
 * something to show. Dated from today, so the drive is running and doses are due or overdue whenever the
 * demo is loaded, and the same on every load of the same day. Written through the commands, as a device would.
 */
const seed = 413_777;
const ward = 'Budhwar Peth';
const facilities = ['Civil Hospital, Solapur', 'Urban Health Centre, Budhwar Peth'] as const;
const kitItems = [
  { item: 'Rice', unit: 'kg', quantity: 10 },
  { item: 'Toor dal', unit: 'kg', quantity: 2 },
  { item: 'Groundnut oil', unit: 'l', quantity: 1 },
  { item: 'Salt', unit: 'kg', quantity: 1 },
];
const covidVaccine = {
  name: 'Covishield (COVID-19)',
  code: 'COVID19-CVS',
  dosesInSeries: 2,
  minIntervalDays: 28,
};
const mrVaccine = { name: 'Measles-rubella (MR)', code: 'MR', dosesInSeries: 2, minIntervalDays: 28 };
/**
 * Door-to-door hesitancy follow-ups, one list of visits per person: [days ago, reasons, outcome, next
 * visit in days]. The one who agreed gets her first dose five days later.
 */
const hesitancyFollowUps: [number, string[], string, number][][] = [
  [
    [40, ['fear_of_side_effects'], 'will_think', 14],
    [26, ['fear_of_side_effects', 'rumours'], 'will_think', 30],
  ],
  [[45, ['loss_of_wages'], 'agreed', 7]],
  [[30, ['family_refusal', 'religious_or_cultural'], 'refused', 21]],
  [[20, ['distance_or_access', 'illness'], 'will_think', 14]],
  [[12, ['other'], 'will_think', 16]],
];
/** The district's DHIS2 data elements for what the trust reports. */
const dataElements: [string, string][] = [
  ['doses:COVID19-CVS:1', 'CovidDose01'],
  ['doses:COVID19-CVS:2', 'CovidDose02'],
  ['doses:MR:1', 'MrDose00001'],
  ['doses:MR:2', 'MrDose00002'],
  ['deliveries:facility', 'DelivFacili'],
  ['deliveries:all', 'DelivAll001'],
  ['home_visits', 'HomeVisits1'],
];

interface Resident {
  id: string;
  sex: string;
  age: number;
  familyName: string | null;
  areaId: string;
}

/** The ward's consenting residents in a stable order (the registry's ids are the same on every load). */
async function wardOf(database: Database, org: Organisation, today: string) {
  const areas = await database.db
    .selectFrom('areas')
    .select(['id', 'name', 'parent_id', 'kind', 'code'])
    .where('org_id', '=', org.id)
    .orderBy('code')
    .orderBy('name')
    .execute();
  const wardId = areas.find((a) => a.name === ward)!.id;
  const slums = areas.filter((a) => a.parent_id === wardId);
  const slumIds = slums.map((s) => s.id);
  const people = await database.db
    .selectFrom('people')
    .select(['id', 'sex', 'birth_year', 'birth_date', 'given_name', 'family_name', 'area_id'])
    .where('org_id', '=', org.id)
    .where('consent_given', '=', 1)
    .where('area_id', 'in', slumIds)
    .orderBy('id')
    .execute();
  const year = Number(today.slice(0, 4));
  const residents: Resident[] = people.map((p) => ({
    id: p.id,
    sex: p.sex,
    age: year - Number(p.birth_date?.slice(0, 4) ?? p.birth_year ?? year),
    familyName: p.family_name,
    areaId: p.area_id!,
  }));
  const names = new Set(people.map((p) => `${p.given_name} ${p.family_name}`.toLowerCase()));
  return { wardId, slums, residents, names, wards: areas.filter((a) => a.kind === 'ward') };
}

/** Adds the outreach of the Solapur demo organisation through the commands; expects it loaded. */
export async function loadOutreachDemo(database: Database, orgs: readonly Organisation[]): Promise<void> {
  const org = orgs.find((o) => o.slug === solapur.organisation.slug);
  if (!org) throw new Error('the outreach demo needs the Solapur organisation');
  const today = todayIn(org.timeZone);
  const place = await wardOf(database, org, today);
  const plan = new Plan(seed);
  const random = plan.random;
  const commands: CommandEnvelope[] = [];
  const on = (daysAgo: number) => addDays(today, -daysAgo);
  /** A command that happened `daysAgo`; records get their id here, so every load makes the same ones. */
  const add = (type: string, payload: Record<string, unknown>, daysAgo: number, withId = true) => {
    const id = plan.id();
    const at = `${on(daysAgo)}T${String(random.int(4, 11)).padStart(2, '0')}:30:00.000Z`;
    commands.push({ id: plan.id(), type, at, payload: withId ? { id, ...payload } : payload });
    return id;
  };

  // The catalogue, and the drive running now in the ward.
  const covid = add('vaccine.define', covidVaccine, 120);
  const measles = add('vaccine.define', mrVaccine, 120);
  const sites = [plan.id(), plan.id()];
  const drive = add(
    'drive.create',
    {
      name: `${ward} COVID-19 catch-up drive`,
      startsOn: on(21),
      endsOn: on(-21),
      sites: [
        { id: sites[0], name: 'Kumtha Naka anganwadi' },
        { id: sites[1], name: 'Modi Khana urban health post' },
      ],
      target: { areaId: place.wardId, minAge: 18 },
    },
    25,
  );

  const adults = random.shuffle(place.residents.filter((p) => p.age >= 18 && p.age <= 80));
  const take = (count: number) => adults.splice(0, count);
  const dose = (personId: string, vaccineId: string, doseNumber: number, ago: number, inDrive = false) => {
    const where = inDrive ? { driveId: drive, site: random.pick(sites) } : {};
    const given = { givenOn: on(ago), ...where, lotNumber: `4121Z${random.int(100, 999)}` };
    add('vaccination.record', { personId, vaccineId, doseNumber, ...given }, ago);
  };
  // Fully vaccinated before the drive; dose 2 overdue; dose 1 in the drive, dose 2 to come or due now.
  for (const p of take(20)) {
    const first = random.int(70, 110);
    dose(p.id, covid, 1, first);
    dose(p.id, covid, 2, first - random.int(28, 40));
  }
  for (const p of take(12)) dose(p.id, covid, 1, random.int(32, 50));
  for (const p of take(10)) dose(p.id, covid, 1, random.int(4, 18), true);
  for (const p of take(5)) dose(p.id, covid, 1, random.int(26, 27));

  // Door-to-door hesitancy follow-up: reasons, counselling, outcomes; some agree and get a first dose.
  const messages = ['safety', 'effectiveness', 'where_and_when', 'myths_answered'];
  for (const [i, p] of take(15).entries()) {
    for (const [ago, reasons, outcome, next] of hesitancyFollowUps[i % hesitancyFollowUps.length]!) {
      const other = reasons.includes('other')
        ? { otherReason: 'Waiting for her husband to return from Pune' }
        : {};
      const visit = { personId: p.id, vaccineId: covid, visitedOn: on(ago), reasons, ...other, outcome };
      const counselling = { messages: random.sample(messages, 2) };
      add('hesitancy.visit', { ...visit, counselling, nextVisitOn: on(ago - next) }, ago);
      if (outcome === 'agreed') dose(p.id, covid, 1, ago - 5);
    }
  }

  // Young children registered at the anganwadi, each visited twice a month, with their MR doses.
  const homeVisit = (personId: string, ago: number, observations: object, advice: string[]) =>
    add('home_visit.record', { personId, visitedOn: on(ago), observations, advice }, ago);
  const women = random.shuffle(
    place.residents.filter((p) => p.sex === 'female' && p.age >= 20 && p.age <= 35),
  );
  for (let i = 0; i < 8; i++) {
    const mother = women.pop()!;
    const sex = i % 2 === 0 ? 'female' : 'male';
    const free = marathiChildren[sex].filter(
      (n) => !place.names.has(`${n} ${mother.familyName}`.toLowerCase()),
    );
    const givenName = free[(i * 7) % free.length]!;
    place.names.add(`${givenName} ${mother.familyName}`.toLowerCase());
    const born = { sex, birthDate: on(random.int(300, 1500)), areaId: mother.areaId };
    const consent = { given: true, date: on(80) };
    const child = add('person.create', { givenName, familyName: mother.familyName, ...born, consent }, 80);
    add('follow_up_plan.start', { personId: child, kind: 'child_under_five', startsOn: on(75) }, 75);
    // A visit in most half-months; the last child's recent visits were missed, so hers show as overdue.
    for (const daysAgo of [72, 58, 42, 27, 12].slice(0, i === 7 ? 2 : 5)) {
      const observations = { weightGrams: random.int(8500, 15500), muacMm: random.int(128, 160) };
      homeVisit(child, daysAgo, observations, i % 2 ? ['breastfeeding', 'hygiene'] : ['nutrition']);
    }
    if (i < 6) dose(child, measles, 1, 60);
    if (i < 3) dose(child, measles, 2, 20);
  }

  // Pregnancies followed monthly: four current, four delivered (three in a health facility).
  for (let i = 0; i < 8; i++) {
    const woman = women.pop()!;
    const delivered = i >= 4;
    const registered = delivered ? random.int(230, 260) : random.int(60, 150);
    const expected = registered - random.int(180, 220);
    const pregnancy = add(
      'pregnancy.register',
      {
        personId: woman.id,
        planId: plan.id(),
        registeredOn: on(registered),
        expectedDeliveryOn: on(expected),
      },
      registered,
    );
    const contact = { pregnancyId: pregnancy, contactOn: on(registered - 10), place: facilities[1] };
    add('pregnancy.antenatal', contact, registered - 10);
    const lastVisit = delivered ? Math.max(5, expected) + 5 : 3;
    for (let daysAgo = registered - 20; daysAgo > lastVisit; daysAgo -= 30) {
      homeVisit(woman.id, daysAgo, { dangerSigns: [] }, ['nutrition']);
    }
    if (!delivered) continue;
    const deliveredAgo = Math.max(5, expected);
    const where = i === 7 ? { place: 'home' } : { place: 'health_facility', facilityName: facilities[i % 2] };
    const delivery = {
      pregnancyId: pregnancy,
      deliveredOn: on(deliveredAgo),
      ...where,
      outcome: 'live_birth',
    };
    add(
      'pregnancy.delivery',
      { ...delivery, babies: [{ sex: i % 2 ? 'male' : 'female' }] },
      deliveredAgo,
      false,
    );
    const postnatal = { pregnancyId: pregnancy, visitedOn: on(deliveredAgo - 2) };
    if (i % 2 === 0) add('pregnancy.postnatal', postnatal, deliveredAgo - 2);
  }

  // A ration-kit distribution from the community hall, with its stock received first.
  const kit = add('kit.define', { name: 'Family ration kit', items: kitItems }, 30);
  const hall = place.slums.find((s) => s.name === 'Kumtha Naka') ?? place.slums[0]!;
  const point = add('distribution_point.create', { name: 'Kumtha Naka community hall', areaId: hall.id }, 30);
  for (const { item, unit, quantity } of kitItems) {
    add('stock.receive', { pointId: point, item, unit, movedOn: on(16), quantity: quantity * 40 }, 16);
  }
  const event = { name: 'Winter ration distribution', kitId: kit, pointId: point, target: 40 };
  const distribution = add('distribution.create', { ...event, startsOn: on(14), endsOn: on(-7) }, 15);
  for (const p of take(25)) {
    const ago = random.int(1, 14);
    const proof = { kind: random.pick(['signature', 'thumbprint']) };
    add('distribution.give', { distributionId: distribution, personId: p.id, givenOn: on(ago), proof }, ago);
  }

  // How the trust reports into the district's DHIS2: each ward an organisation unit.
  const mapping = {
    dataSet: 'SlrOutreach',
    indicators: dataElements.map(([indicator, dataElement]) => ({ indicator, dataElement })),
    areas: place.wards.map((w, i) => ({ areaId: w.id, orgUnit: `SmcWard${String(i + 1).padStart(4, '0')}` })),
  };
  add('outreach.dhis2_mapping.set', mapping, 2, false);
  await applyAll(database, org, commands);
}

import type { Role } from '@groundwork/core';
import type { Organisation } from '../../orgs/organisations.ts';
import { asSystem, login, makeUser, type TestApp } from '../../testing/harness.ts';
import { addDoses, addPeople } from '../vaccination/testing.ts';

/**
 * An organisation with work due on 1 December 2026, the day the tests read the lists for:
 * - Satpur (the health worker's ward): Asha had dose 1 of Covishield (2 doses, 28 days) on 3 November, so
 *   dose 2 is due on 1 December; Bina was visited as hesitant on 20 November and is to be seen again on
 *   5 December; Chitra, a child, has a plan since 16 November with no visit, so that half-month's visit
 *   is overdue; Farah had dose 1 of Hepatitis B (3 doses, 28 days) on 1 October, so dose 2 is overdue
 *   since 29 October; Gita has given no consent.
 * - Cidco (the field worker's ward): Devi had dose 1 on 10 November (dose 2 due 8 December); Esha
 *   delivered at home on 28 November (her day-3 postnatal visit is due 30 November to 1 December).
 * - Shivaji Nagar, outside both wards: Hema, a member of the group the group health worker follows,
 *   had dose 1 on 5 November (dose 2 due 3 December).
 */
export const listDay = '2026-12-01';

export type TaskWorld = Awaited<ReturnType<typeof taskWorld>>;

export async function taskWorld(t: TestApp, org: Organisation) {
  const [district] = await asSystem(t.database, org, [
    { type: 'area.create', payload: { name: 'Nashik', kind: 'district' } },
  ]);
  const [satpur, cidco, shivaji] = await asSystem(t.database, org, [
    { type: 'area.create', payload: { name: 'Satpur', kind: 'ward', parentId: district!.id } },
    { type: 'area.create', payload: { name: 'Cidco', kind: 'ward', parentId: district!.id } },
    { type: 'area.create', payload: { name: 'Shivaji Nagar', kind: 'ward', parentId: district!.id } },
  ]);
  const [covid, hepB] = await asSystem(t.database, org, [
    {
      type: 'vaccine.define',
      payload: { name: 'Covishield', code: 'COVID19-CVS', dosesInSeries: 2, minIntervalDays: 28 },
    },
    {
      type: 'vaccine.define',
      payload: { name: 'Hepatitis B', code: 'HEPB', dosesInSeries: 3, minIntervalDays: 28 },
    },
  ]);
  const [group] = await asSystem(t.database, org, [
    {
      type: 'group.create',
      payload: {
        name: 'Savitri SHG',
        kind: 'shg',
        areaId: shivaji!.id,
        formedOn: '2024-01-01',
        cadence: 'weekly',
      },
    },
  ]);
  const [asha, bina, chitra, farah, gita, devi, esha, hema] = await addPeople(t.database, org, [
    { givenName: 'Asha', familyName: 'Pawar', areaId: satpur!.id, birthYear: 1990 },
    { givenName: 'Bina', areaId: satpur!.id, birthYear: 1985 },
    { givenName: 'Chitra', areaId: satpur!.id, birthDate: '2025-06-01' },
    { givenName: 'Farah', areaId: satpur!.id, birthYear: 1995 },
    { givenName: 'Gita', areaId: satpur!.id, birthYear: 1980, consent: false },
    { givenName: 'Devi', areaId: cidco!.id, birthYear: 1992 },
    { givenName: 'Esha', areaId: cidco!.id, birthYear: 1998 },
    { givenName: 'Hema', areaId: shivaji!.id, birthYear: 1991 },
  ]);
  await asSystem(t.database, org, [
    {
      type: 'membership.add',
      payload: { groupId: group!.id, personId: hema!, joinedOn: '2024-02-01' },
    },
  ]);
  await addDoses(t.database, org, [
    { personId: asha!, vaccineId: covid!.id, doseNumber: 1, givenOn: '2026-11-03' },
    { personId: farah!, vaccineId: hepB!.id, doseNumber: 1, givenOn: '2026-10-01' },
    { personId: devi!, vaccineId: covid!.id, doseNumber: 1, givenOn: '2026-11-10' },
    { personId: hema!, vaccineId: covid!.id, doseNumber: 1, givenOn: '2026-11-05' },
  ]);
  const [, , pregnancy] = await asSystem(t.database, org, [
    {
      type: 'hesitancy.visit',
      payload: {
        personId: bina!,
        vaccineId: covid!.id,
        visitedOn: '2026-11-20',
        reasons: ['fear_of_side_effects'],
        counselling: { messages: ['safety'] },
        outcome: 'will_think',
        nextVisitOn: '2026-12-05',
      },
    },
    {
      type: 'follow_up_plan.start',
      payload: { personId: chitra!, kind: 'child_under_five', startsOn: '2026-11-16' },
    },
    {
      type: 'pregnancy.register',
      payload: { personId: esha!, registeredOn: '2026-06-01', expectedDeliveryOn: '2026-12-05' },
    },
  ]);
  await asSystem(t.database, org, [
    {
      type: 'pregnancy.delivery',
      payload: {
        pregnancyId: pregnancy!.id,
        deliveredOn: '2026-11-28',
        place: 'home',
        outcome: 'live_birth',
      },
    },
  ]);
  const slug = org.slug;
  const users: [string, Role, { areaIds?: string[]; groupIds?: string[] }][] = [
    ['coordinator', 'coordinator', {}],
    ['health', 'health_worker', { areaIds: [satpur!.id] }],
    ['field', 'field_worker', { areaIds: [cidco!.id] }],
    ['grouphealth', 'health_worker', { groupIds: [group!.id] }],
    ['leader', 'group_leader', { groupIds: [group!.id] }],
  ];
  const userIds: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  for (const [name, role, scope] of users) {
    userIds[name] = await makeUser(t.database, org, `${name}@${slug}`, role, scope);
    tokens[name] = await login(t.app, `${name}@${slug}`);
  }
  return {
    org,
    areas: { satpur: satpur!.id, cidco: cidco!.id, shivaji: shivaji!.id },
    vaccines: { covid: covid!.id, hepB: hepB!.id },
    people: {
      asha: asha!,
      bina: bina!,
      chitra: chitra!,
      farah: farah!,
      gita: gita!,
      devi: devi!,
      esha: esha!,
      hema: hema!,
    },
    pregnancyId: pregnancy!.id,
    userIds,
    tokens,
  };
}

import type { SensitiveAttributes } from '@groundwork/core';
import { addArea, addWards, electOfficers, type Member } from './common.ts';
import type { DemoOrganisation } from './plan.ts';
import { addDays, laterDate } from './random.ts';
import { type Registered, registerPeople } from './solapur-registry.ts';

const wards = [
  ['Bhavani Peth', ['Bhim Nagar', 'Mitha Nagar', 'Ghongade Vasti']],
  ['Budhwar Peth', ['Kumtha Naka', 'Modi Khana', 'Bapuji Nagar']],
  ['Sakhar Peth', ['Neelam Nagar', 'Kuchan Nagar', 'Gajanan Nagar']],
  ['Jule Solapur', ['Sunil Nagar', 'Shastri Nagar', 'Indira Nagar']],
  ['Akkalkot Road', ['MIDC Vasti', 'Mulegaon Tanda', 'Dahitane']],
] as const;

const artNote = 'On ART at the Civil Hospital ART centre; monthly refill.';
const sensitiveRows = 80;
const sexWorkers = 50;

export const solapur: DemoOrganisation = {
  organisation: {
    name: 'Arogya Sakhi Community Health Trust, Solapur',
    slug: 'solapur',
    country: 'IN',
    currency: 'INR',
    locale: 'mr',
    timeZone: 'Asia/Kolkata',
  },
  seed: 413001,
  build(plan) {
    const random = plan.random;
    const state = addArea(plan, 'Maharashtra', 'state', null, 'MH');
    const district = addArea(plan, 'Solapur', 'district', state, 'MH-SLR');
    const city = addWards(plan, district, 'SMC', wards);
    const slums = city.slums;
    const people = registerPeople(plan, slums, 1430, 72);

    // Sensitive attributes only for people whose consent is on record, set after they were registered.
    const setSensitive = (person: Registered, attributes: SensitiveAttributes) => {
      const on = addDays(person.registeredOn, random.int(0, 30));
      plan.add('person.sensitive.set', { personId: person.id, attributes }, on);
    };
    const outreach = people.filter((p) => p.outreach && p.consented).slice(0, sexWorkers);
    for (const person of outreach) {
      const hivStatus = random.weighted({ negative: 6, positive: 2, unknown: 1, not_disclosed: 1 });
      const treatment = hivStatus === 'positive' ? { onTreatment: random.chance(0.9), notes: artNote } : {};
      setSensitive(person, { sexWork: true, hivStatus, ...treatment });
    }
    const households = people.filter((p) => !p.outreach && p.consented && p.adult);
    for (const person of random.sample(households, sensitiveRows - outreach.length)) {
      const notes = random.chance(0.5) ? { notes: artNote } : {};
      setSensitive(person, { hivStatus: 'positive', onTreatment: random.chance(0.85), ...notes });
    }

    // Slum health committees: residents who meet monthly with the health worker.
    let kumthaNakaChair: { groupId: string; name: string } | undefined;
    for (const slum of [slums[0]!, slums[3]!, slums[6]!, slums[9]!]) {
      const residents = people.filter((p) => p.areaId === slum.id && p.adult && p.consented);
      const women = residents.filter((p) => p.sex === 'female');
      const men = residents.filter((p) => p.sex === 'male');
      const womenMembers = random.sample(women, random.int(7, 10));
      const chosen = [...womenMembers, ...random.sample(men, random.int(2, 3))];
      // Formed once a few of its members were on the register; the others join as they are registered.
      const thirdRegistered = womenMembers.map((p) => p.registeredOn).sort()[2]!;
      const formedOn = laterDate(random.date('2023-07-03', '2024-06-28'), thirdRegistered);
      const members: Member[] = chosen.map((p) => ({
        id: p.id,
        name: p.name,
        joinedOn: laterDate(p.registeredOn, formedOn),
      }));
      const groupId = plan.id();
      const name = `${slum.name} Vasti Arogya Samiti`;
      const meetingDayOfMonth = random.int(1, 28);
      plan.add(
        'group.create',
        {
          id: groupId,
          kind: 'health_committee',
          name,
          areaId: slum.id,
          formedOn,
          cadence: 'monthly',
          meetingDayOfMonth,
        },
        formedOn,
      );
      for (const { id: personId, joinedOn } of members) {
        plan.add('membership.add', { id: plan.id(), groupId, personId, joinedOn }, joinedOn);
      }
      // The committee's officers are women, as the trust's committees decided.
      const officers = electOfficers(plan, groupId, formedOn, members.slice(0, womenMembers.length), [
        'president',
        'secretary',
      ]);
      if (slum === slums[3]) kumthaNakaChair = { groupId, name: officers.get('president')!.name };
    }

    return {
      admin: { displayName: 'Dr. Shweta Kulkarni' },
      coordinator: { displayName: 'Sujata Gajam' },
      field_worker: { displayName: 'Nagesh Konda', areaIds: [city.wards[0]!.id] },
      health_worker: { displayName: 'Mangal Kamble', areaIds: [city.wards[1]!.id] },
      group_leader: { displayName: kumthaNakaChair!.name, groupIds: [kumthaNakaChair!.groupId] },
      viewer: { displayName: 'Prakash Biradar' },
      network_viewer: { displayName: 'Farida Shaikh' },
    };
  },
};

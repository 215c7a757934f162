import { type Constitution, weekdays } from '@groundwork/core';
import type { BooksGroup } from './books.ts';
import {
  addArea,
  addWards,
  electOfficers,
  freshName,
  indianFamily,
  indianMobile,
  joiningDates,
  type Member,
} from './common.ts';
import { list, marathiFamilies, nashikOccupations, nashikSkills } from './names.ts';
import type { DemoOrganisation, Plan } from './plan.ts';
import { addNashikBooks } from './shg-books.ts';

/** Nashik Municipal Corporation's six divisions and some of the slums in each. */
const wards = [
  ['Panchavati', ['Phule Nagar', 'Waghadi', 'Hirawadi', 'Peth Road Bhim Nagar']],
  ['Nashik East', ['Wadala Gaon', 'Kathe Galli', 'Bhadrakali', 'Dwarka Rajiv Nagar']],
  ['Nashik West', ['Ganjamal', 'Shivaji Wadi', 'Sanjay Gandhi Nagar']],
  ['Nashik Road', ['Sant Kabir Nagar', 'Devlali Gaon', 'Vihitgaon', 'Sinnar Phata']],
  ['Cidco', ['Ambad Gaon', 'Pawan Nagar', 'Uttam Nagar', 'Chunchale Shivar']],
  ['Satpur', ['Satpur Colony', 'Ashok Nagar', 'Shramik Nagar', 'Anandwalli']],
] as const;

const patrons = list(`
  Savitribai, Jijau, Ahilyabai, Ramai, Rajmata, Krantijyoti, Hirkani, Saptashrungi, Kalika Mata, Godavari,
  Kapila, Mahalaxmi, Jai Bhavani, Renuka, Ekvira, Saraswati, Durga, Yashoda, Pragati, Samruddhi, Navchetana,
  Sanjivani, Tejaswini, Ujwala, Ashadeep, Jyoti, Sakhi, Ekta, Shraddha, Vishwas, Swami Samarth, Mata Ramabai,
  Rani Laxmibai, Fatima Shaikh, Sant Janabai, Mukta, Gayatri, Umed, Nirmiti, Sai Kripa`);
const suffixes = { 'Mahila Bachat Gat': 3, SHG: 1, 'Swayam Sahayata Samuh': 1 };
const cadences = { weekly: 3, monthly: 1 };

/** Groups of women with disabilities, who save together and press for their 5% share of ward funds. */
const divyangGroups = [
  'Swabhiman Divyang Mahila Bachat Gat',
  'Prerana Divyang SHG',
  'Arunodaya Apang Mahila Bachat Gat',
  'Sahas Divyang Mahila Gat',
] as const;
const disabilities = { locomotor: 5, visual: 2, hearing: 2, speech: 1 };
const disabilityNotes: Record<string, string> = {
  locomotor: 'Polio in childhood; walks with calipers. UDID card issued.',
  visual: 'Low vision since birth; reads large print. UDID card applied for.',
  hearing: 'Profound hearing loss; uses sign language with her daughter interpreting.',
  speech: 'Speech impairment; communicates in writing and gestures.',
};

const regularGroups = 36;

function constitutionFor(plan: Plan, cadence: 'weekly' | 'monthly'): Constitution {
  return {
    savingAmountPerMeeting: plan.random.pick(
      cadence === 'weekly' ? [10000, 10000, 15000] : [15000, 20000, 20000],
    ),
    fineRules: [
      { reason: 'absence', amount: 1000, label: 'Absent without leave' },
      { reason: 'late', amount: 500 },
      { reason: 'late_repayment', amount: 2000 },
    ],
    interestRateBpsPerMonth: 200,
    loanCapMultipleOfSavings: 2,
    shareOutRule: 'proportional',
  };
}

export const nashik: DemoOrganisation = {
  organisation: {
    name: 'Nashik Mahila Bachat Gat Federation',
    slug: 'nashik',
    country: 'IN',
    currency: 'INR',
    locale: 'mr',
    timeZone: 'Asia/Kolkata',
  },
  seed: 422001,
  build(plan) {
    const random = plan.random;
    const state = addArea(plan, 'Maharashtra', 'state', null, 'MH');
    const district = addArea(plan, 'Nashik', 'district', state, 'MH-NSK');
    const city = addWards(plan, district, 'NMC', wards);
    const slums = city.slums.map((s) => s.id);

    const federationId = plan.id();
    plan.add(
      'group.create',
      {
        id: federationId,
        kind: 'federation',
        name: 'Nashik Mahila Bachat Gat Mahasangh',
        areaId: district,
        formedOn: '2018-11-19',
        cadence: 'monthly',
        meetingDayOfMonth: 10,
      },
      '2018-11-19',
    );

    const names = [
      ...random.sample(patrons, regularGroups).map((p) => `${p} ${random.weighted(suffixes)}`),
      ...divyangGroups,
    ];
    // Divyang groups are spread across the city, not bunched at the end of the slum list.
    const order = random.shuffle(names.map((_, i) => i));
    let panchavatiLeader: { groupId: string; name: string } | undefined;
    const shgs: Omit<BooksGroup, 'habits'>[] = [];
    for (const [position, index] of order.entries()) {
      const name = names[index]!;
      const divyang = index >= regularGroups;
      const areaId = slums[position % slums.length]!;
      const groupId = plan.id();
      const formedOn = random.date('2019-01-07', '2024-06-28');
      const cadence = random.weighted(cadences);
      const meets =
        cadence === 'weekly'
          ? { meetingWeekday: random.pick(weekdays.slice(0, 6)) }
          : { meetingDayOfMonth: random.int(1, 28) };
      const constitution = constitutionFor(plan, cadence);
      plan.add(
        'group.create',
        {
          id: groupId,
          kind: 'shg',
          name,
          areaId,
          formedOn,
          cadence,
          ...meets,
          parentId: federationId,
          constitution,
        },
        formedOn,
      );
      const size = random.int(11, 20);
      const members: Member[] = [];
      for (const joinedOn of joiningDates(plan, formedOn, size, random.int(0, 3))) {
        const family = indianFamily(plan, marathiFamilies, 0.12);
        const name = freshName(plan, family.women, family.familyName, 1966, 2004);
        const id = plan.id();
        const disabilityType = divyang ? random.weighted(disabilities) : null;
        plan.add(
          'person.create',
          {
            id,
            ...name,
            sex: 'female',
            ...(random.chance(0.75) ? { phone: indianMobile(plan) } : {}),
            areaId,
            occupation: random.pick(nashikOccupations),
            skills: random.sample(nashikSkills, random.int(0, 2)),
            ...(disabilityType ? { disabilityType } : {}),
            consent: { given: true, date: joinedOn },
            membership: { groupId, joinedOn },
          },
          joinedOn,
        );
        if (disabilityType && random.chance(0.25)) {
          const attributes = { disabilityDetails: disabilityNotes[disabilityType]! };
          plan.add('person.sensitive.set', { personId: id, attributes }, joinedOn);
        }
        members.push({ id, name: `${name.givenName} ${name.familyName}`, joinedOn });
      }
      shgs.push({ id: groupId, cadence: { cadence, formedOn, ...meets }, constitution, members });
      const officers = electOfficers(plan, groupId, formedOn, members);
      if (!panchavatiLeader && slums.indexOf(areaId) < wards[0]![1].length) {
        panchavatiLeader = { groupId, name: officers.get('president')!.name };
      }
    }

    addNashikBooks(plan, nashik.seed, shgs);

    return {
      admin: { displayName: 'Rekha Deshmukh' },
      coordinator: { displayName: 'Vaishali Ahire' },
      field_worker: { displayName: 'Sarika Gangurde', areaIds: [city.wards[0]!.id] },
      health_worker: { displayName: 'Ujwala Borse', areaIds: [city.wards[4]!.id] },
      group_leader: { displayName: panchavatiLeader!.name, groupIds: [panchavatiLeader!.groupId] },
      viewer: { displayName: 'Anil Kulkarni' },
      network_viewer: { displayName: 'Meera Joshi' },
    };
  },
};

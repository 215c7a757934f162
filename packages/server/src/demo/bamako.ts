import type { Constitution } from '@groundwork/core';
import type { BooksGroup } from './books.ts';
import { addArea, electOfficers, freshName, joiningDates, type Member } from './common.ts';
import { list, malianFamilies, malianOccupations, malianWomen } from './names.ts';
import type { DemoOrganisation, Plan } from './plan.ts';
import { laterDate } from './random.ts';
import { addBamakoBooks } from './vsla-books.ts';

/** Regions, their communes, and the quartiers of each commune where the NGO works. */
const regions = [
  {
    name: 'District de Bamako',
    code: 'ML-BKO',
    communes: {
      'Commune I': 'Banconi, Djélibougou, Sikoroni',
      'Commune IV': 'Lafiabougou, Djicoroni Para, Sébénikoro',
      'Commune V': 'Daoudabougou, Sabalibougou, Kalaban Coura',
      'Commune VI': 'Magnambougou, Niamakoro, Sokorodji, Yirimadio',
    },
  },
  {
    name: 'Sikasso',
    code: 'ML-3',
    communes: { 'Commune urbaine de Sikasso': 'Wayerma, Mancourani, Hamdallaye, Sanoubougou, Médine' },
  },
];

/** The Bambara names the groups chose (agreement, hope, solidarity, progress ...) and where they meet. */
const savingsGroups = {
  Benkadi: 'Banconi',
  Jigiya: 'Djicoroni Para',
  Badenya: 'Sabalibougou',
  Yiriwa: 'Magnambougou',
  'Musow Ka Jigiya': 'Niamakoro',
  Hèrè: 'Yirimadio',
  Sinjiya: 'Wayerma',
  Kènèya: 'Mancourani',
  Nyèta: 'Médine',
};
const communeVi = new Set(list(regions[0]!.communes['Commune VI']!));

const malianMobile = (plan: Plan) =>
  plan.phone(
    (r) =>
      `+223 ${r.pick(['76', '66', '79', '70', '65', '75'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  );

/** A village savings and loan association's rules; XOF has no minor unit, so these are whole francs. */
function savingsConstitution(plan: Plan): Constitution {
  const share = plan.random.pick([500, 750, 1000]);
  return {
    savingAmountPerMeeting: share,
    sharePrice: share,
    fineRules: [
      { reason: 'absence', amount: 100 },
      { reason: 'late', amount: 50 },
      { reason: 'late_repayment', amount: 250 },
    ],
    interestRateBpsPerMonth: 1000,
    loanCapMultipleOfSavings: 3,
    shareOutRule: 'proportional',
  };
}

const cooperativeConstitution: Constitution = {
  savingAmountPerMeeting: 1000,
  sharePrice: 10000,
  fineRules: [{ reason: 'absence', amount: 250 }],
  interestRateBpsPerMonth: 0,
  shareOutRule: 'proportional',
};

interface GroupSpec {
  kind: 'savings_group' | 'cooperative';
  name: string;
  quartier: string;
  formedOn: string;
  size: number;
  lateJoiners: number;
  occupation?: string;
}

export const bamako: DemoOrganisation = {
  organisation: {
    name: 'Musow Ka Kènèya — Santé et moyens de subsistance des femmes',
    slug: 'bamako',
    country: 'ML',
    currency: 'XOF',
    locale: 'fr',
    timeZone: 'Africa/Bamako',
  },
  seed: 223001,
  build(plan) {
    const random = plan.random;
    const places = new Map<string, string>();
    for (const region of regions) {
      const regionId = addArea(plan, region.name, 'region', null, region.code);
      places.set(region.name, regionId);
      for (const [commune, quartiers] of Object.entries(region.communes)) {
        const communeId = addArea(plan, commune, 'commune', regionId);
        places.set(commune, communeId);
        for (const name of list(quartiers)) places.set(name, addArea(plan, name, 'quartier', communeId));
      }
    }

    /** Creates the group with its founding and later members, all registered as they join. */
    const addGroup = (spec: GroupSpec) => {
      const groupId = plan.id();
      const areaId = places.get(spec.quartier)!;
      const savings = spec.kind === 'savings_group';
      const meeting = savings
        ? {
            cadence: 'weekly' as const,
            meetingWeekday: random.pick(['monday', 'wednesday', 'saturday'] as const),
          }
        : { cadence: 'monthly' as const, meetingDayOfMonth: 8 };
      const constitution = savings ? savingsConstitution(plan) : cooperativeConstitution;
      const group = { id: groupId, kind: spec.kind, name: spec.name, areaId, formedOn: spec.formedOn };
      plan.add('group.create', { ...group, ...meeting, constitution }, spec.formedOn);
      const members = joiningDates(plan, spec.formedOn, spec.size, spec.lateJoiners).map(
        (joinedOn): Member => {
          const id = plan.id();
          const name = freshName(plan, malianWomen, malianFamilies, 1968, 2004);
          plan.add(
            'person.create',
            {
              id,
              ...name,
              sex: 'female',
              ...(random.chance(0.7) ? { phone: malianMobile(plan) } : {}),
              areaId,
              occupation: spec.occupation ?? random.pick(malianOccupations),
              consent: { given: true, date: joinedOn },
              membership: { groupId, joinedOn },
            },
            joinedOn,
          );
          return { id, name: `${name.givenName} ${name.familyName}`, joinedOn };
        },
      );
      return {
        groupId,
        members,
        books: { id: groupId, cadence: { ...meeting, formedOn: spec.formedOn }, constitution, members },
      };
    };

    const communeViSavers: Member[] = [];
    const savers: Omit<BooksGroup, 'habits'>[] = [];
    for (const [name, quartier] of Object.entries(savingsGroups)) {
      const formedOn = random.date('2020-01-06', '2024-03-29');
      const { groupId, members, books } = addGroup({
        kind: 'savings_group',
        name: `Groupe d'épargne ${name} de ${quartier}`,
        quartier,
        formedOn,
        size: random.int(15, 25),
        lateJoiners: random.int(0, 4),
      });
      electOfficers(plan, groupId, formedOn, members);
      savers.push(books);
      if (communeVi.has(quartier)) communeViSavers.push(...members);
    }

    // Shea-butter soap from Sikasso, made by the women who collect the nuts.
    const soap = addGroup({
      kind: 'cooperative',
      name: 'Coopérative des savonnières Jèkafo de Sikasso',
      quartier: 'Hamdallaye',
      formedOn: '2021-03-08',
      size: 24,
      lateJoiners: 4,
      occupation: 'savonnière',
    });
    electOfficers(plan, soap.groupId, '2021-03-08', soap.members);

    // The sewing cooperative: 22 new members and 8 who already save in a Commune VI group.
    const sewingOn = '2022-03-08';
    const sewing = addGroup({
      kind: 'cooperative',
      name: 'Coopérative de couture Musow Ka Baara',
      quartier: 'Magnambougou',
      formedOn: sewingOn,
      size: 22,
      lateJoiners: 3,
      occupation: 'couturière',
    });
    for (const saver of random.sample(communeViSavers, 8)) {
      const joinedOn = laterDate(saver.joinedOn, sewingOn);
      plan.add(
        'membership.add',
        { id: plan.id(), groupId: sewing.groupId, personId: saver.id, joinedOn },
        joinedOn,
      );
      sewing.members.push({ ...saver, joinedOn });
    }
    const sewingOfficers = electOfficers(plan, sewing.groupId, sewingOn, sewing.members);
    addBamakoBooks(plan, bamako.seed, savers);

    return {
      admin: { displayName: 'Aminata Diallo' },
      coordinator: { displayName: 'Mariam Sangaré' },
      field_worker: { displayName: 'Boubacar Traoré', areaIds: [places.get('Commune VI')!] },
      health_worker: { displayName: 'Kadiatou Sanogo', areaIds: [places.get('Sikasso')!] },
      group_leader: { displayName: sewingOfficers.get('president')!.name, groupIds: [sewing.groupId] },
      viewer: { displayName: 'Seydou Keïta' },
      network_viewer: { displayName: 'Issa Dembélé' },
    };
  },
};

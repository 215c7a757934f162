import {
  type CommandEnvelope,
  type Constitution,
  dueMeetingDates,
  maxPushBatch,
  type OrganisationInput,
  weekdays,
} from '@groundwork/core';
import type { Database } from '../db/database.ts';
import { createOrganisation } from '../orgs/organisations.ts';
import { type BooksGroup, GroupBooks, type Habits } from './books.ts';
import { addArea, electOfficers, freshName, indianFamily, type Member } from './common.ts';
import { addStaff, applyAll, type DemoLogin } from './load.ts';
import { list, marathiFamilies, nashikOccupations } from './names.ts';
import { Plan } from './plan.ts';
import { addDays, Random } from './random.ts';
import { openBankAccount, shgStyle } from './shg-books.ts';

/** How much the generated dataset holds: groups of `members` women meeting weekly from `from` to `to`. */
export interface LearnScale {
  groups: number;
  members: number;
  from: string;
  to: string;
}

/** Five years of 926 SHGs of 15 women meeting every week: about 240,000 meetings. */
export const learnScale: LearnScale = { groups: 926, members: 15, from: '2021-10-01', to: '2026-09-30' };
/** Four groups over four months: the same path in seconds, for tests and the benchmark's smoke run. */
export const tinyScale: LearnScale = { groups: 4, members: 15, from: '2026-06-01', to: '2026-09-30' };

export const learnOrganisation: OrganisationInput = {
  name: 'Vidarbha Mahila Sakhi Federation (generated data)',
  slug: 'learn',
  country: 'IN',
  currency: 'INR',
  locale: 'mr',
  timeZone: 'Asia/Kolkata',
};
const seed = 440001;

/** Four districts of Vidarbha and six talukas (blocks) in each. */
const districts = {
  Nagpur: 'Hingna, Kamptee, Katol, Umred, Ramtek, Saoner',
  Wardha: 'Arvi, Deoli, Hinganghat, Karanja, Seloo, Samudrapur',
  Amravati: 'Achalpur, Chandur Bazar, Daryapur, Morshi, Warud, Teosa',
  Yavatmal: 'Darwha, Digras, Pusad, Ner, Ghatanji, Kalamb',
};
const villages = list(`
  Pimpalgaon, Wadgaon, Khairi, Dhamangaon, Borgaon, Mahalgaon, Sawargaon, Shivani, Kondhali, Takli,
  Nandgaon, Umri, Belona`);
const patrons = list(`
  Savitribai, Jijau, Ahilyabai, Ramai, Rajmata, Krantijyoti, Hirkani, Jai Bhavani, Renuka, Saraswati,
  Durga, Yashoda, Pragati, Samruddhi, Navchetana, Sanjivani, Tejaswini, Ujwala, Ashadeep, Jyoti, Sakhi,
  Ekta, Shraddha, Vishwas, Mukta, Gayatri, Umed, Nirmiti, Sai Kripa, Rani Laxmibai`);

const constitution: Constitution = {
  savingAmountPerMeeting: 10_000,
  fineRules: [
    { reason: 'absence', amount: 1_000 },
    { reason: 'late', amount: 500 },
    { reason: 'late_repayment', amount: 2_000 },
  ],
  interestRateBpsPerMonth: 200,
  loanCapMultipleOfSavings: 3,
  shareOutRule: 'proportional',
};

export interface LearnProgress {
  meetings: number;
  /** The meetings due in the whole dataset; the last report gives those held (a struggling group skips some). */
  totalMeetings: number;
  elapsedMs: number;
}

interface Registry {
  plan: Plan;
  groups: Omit<BooksGroup, 'habits'>[];
  logins: DemoLogin[];
}

/** Areas, groups, members and officers, and the staff logins: the registry the books are kept in. */
function planRegistry(scale: LearnScale): Registry {
  const plan = new Plan(seed);
  const random = plan.random;
  const state = addArea(plan, 'Maharashtra', 'state', null, 'MH');
  const places: { id: string; name: string }[] = [];
  const blocks: string[] = [];
  for (const [district, talukas] of Object.entries(districts)) {
    const districtId = addArea(plan, district, 'district', state);
    for (const taluka of list(talukas)) {
      const blockId = addArea(plan, taluka, 'block', districtId);
      blocks.push(blockId);
      for (const name of villages) places.push({ id: addArea(plan, name, 'village', blockId), name });
    }
  }
  const groups: Omit<BooksGroup, 'habits'>[] = [];
  for (let g = 0; g < scale.groups; g++) {
    const id = plan.id();
    const village = places[g % places.length]!;
    const formedOn = addDays(scale.from, random.int(0, 13));
    const meetingWeekday = random.pick(weekdays.slice(0, 6));
    const patron = patrons[(g * 7 + Math.floor(g / places.length)) % patrons.length]!;
    plan.add(
      'group.create',
      {
        id,
        kind: 'shg',
        name: `${patron} Mahila Bachat Gat, ${village.name}`,
        areaId: village.id,
        formedOn,
        cadence: 'weekly',
        meetingWeekday,
        constitution,
      },
      formedOn,
    );
    const members: Member[] = [];
    for (let m = 0; m < scale.members; m++) {
      const family = indianFamily(plan, marathiFamilies, 0.08);
      const name = freshName(plan, family.women, family.familyName, 1966, 2004);
      const personId = plan.id();
      plan.add(
        'person.create',
        {
          id: personId,
          ...name,
          sex: 'female',
          areaId: village.id,
          occupation: random.pick(nashikOccupations),
          consent: { given: true, date: formedOn },
          membership: { groupId: id, joinedOn: formedOn },
        },
        formedOn,
      );
      members.push({ id: personId, name: `${name.givenName} ${name.familyName}`, joinedOn: formedOn });
    }
    electOfficers(plan, id, formedOn, members, undefined, scale.to);
    groups.push({ id, cadence: { cadence: 'weekly', meetingWeekday, formedOn }, constitution, members });
  }
  const staff = {
    admin: { displayName: 'Shalini Wankhede' },
    coordinator: { displayName: 'Manda Raut' },
    field_worker: { displayName: 'Kavita Meshram', areaIds: [blocks[0]!] },
    viewer: { displayName: 'Prakash Bhagat' },
  };
  addStaff(plan, learnOrganisation.slug, staff, scale.from);
  const logins = Object.keys(staff).map((role) => ({
    username: `${role}@${learnOrganisation.slug}`,
    role,
    organisation: learnOrganisation.slug,
  }));
  return { plan, groups, logins };
}

const habitsOf = (random: Random): Habits => random.weighted({ steady: 7, slipping: 2, struggling: 1 });

/**
 * Writes the dataset into an empty database through the same commands the demo uses, a push batch at a
 * time, group after group, so that memory stays flat however long the history. Every group keeps a bank
 * account and meets every week from its formation (a struggling group misses some); two in five get the
 * Revolving Fund in their first year. The same scale gives the same data on every run.
 */
export async function loadLearn(
  database: Database,
  scale: LearnScale = learnScale,
  progress: (p: LearnProgress) => void = () => {},
): Promise<DemoLogin[]> {
  const started = performance.now();
  // Every meeting reads its group's books again, and SQLite's default page cache of 2 MB sends those
  // reads to the file each time: on this dataset that was half the time. A large cache and memory-mapped
  // reads, for this connection only, keep them in memory.
  database.sqlite?.pragma('cache_size = -1048576');
  database.sqlite?.pragma('mmap_size = 17179869184');
  const org = await createOrganisation(database.db, learnOrganisation);
  const { plan, groups, logins } = planRegistry(scale);
  await applyAll(database, org, plan.take());
  const dates = groups.map((g) => dueMeetingDates(g.cadence, g.cadence.formedOn, scale.to));
  const totalMeetings = dates.reduce((sum, d) => sum + d.length, 0);
  const random = new Random(seed ^ 0x600c5);
  const pending: CommandEnvelope[] = [];
  let meetings = 0;
  const send = async (all: boolean) => {
    while (pending.length >= maxPushBatch || (all && pending.length > 0)) {
      const batch = pending.splice(0, maxPushBatch);
      await applyAll(database, org, batch);
      meetings += batch.filter((c) => c.type === 'meeting.record').length;
      progress({ meetings, totalMeetings, elapsedMs: performance.now() - started });
    }
  };
  for (const [i, g] of groups.entries()) {
    keepBooks(plan, random, { ...g, habits: habitsOf(random) }, dates[i]!);
    pending.push(...plan.take());
    await send(false);
  }
  await send(true);
  // The last word counts the meetings held: a struggling group does not hold every one due.
  progress({ meetings, totalMeetings: meetings, elapsedMs: performance.now() - started });
  return logins;
}

function keepBooks(plan: Plan, random: Random, group: BooksGroup, dates: readonly string[]) {
  const bankAccountId = openBankAccount(plan, random, group.id, group.cadence.formedOn);
  const books = new GroupBooks(plan, random, group, shgStyle(bankAccountId));
  const grantBefore = group.habits !== 'struggling' && random.chance(0.4) ? random.int(20, 50) : -1;
  for (const [n, date] of dates.entries()) {
    if (n === grantBefore) {
      books.grant(addDays(date, -2), 1_500_000, 'Revolving Fund from the state rural livelihoods mission');
    }
    books.meet(date);
  }
}

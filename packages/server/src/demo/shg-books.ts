import { dueMeetingDates, formatMoney } from '@groundwork/core';
import { type BooksGroup, type BooksStyle, GroupBooks, type Habits } from './books.ts';
import { booksUntil } from './common.ts';
import type { Plan } from './plan.ts';
import { addDays, laterDate, Random } from './random.ts';

/**
 * The demo's books start here: four months of meetings before `booksUntil` (yesterday). Each month
 * adds about 180 meetings and 1-1.5 s to the load on a two-core machine; four months keep the demo's
 * start within about 4 s of what it was without books.
 */
export const booksFrom = addDays(booksUntil, -122);

const banks = [
  'Bank of Maharashtra',
  'State Bank of India',
  'Nashik Merchants’ Co-operative Bank',
  'Janata Sahakari Bank',
  'Bank of Baroda',
] as const;
const branches = ['Panchavati', 'Nashik Road', 'Cidco', 'Satpur MIDC', 'College Road', 'Dwarka'] as const;
const purposes = [
  'Goat',
  'Sewing machine',
  'Vegetable cart stock',
  'School fees',
  'Medical treatment',
  'House repair',
  'Dairy buffalo',
  'Papad and pickle making',
  'Kirana shop stock',
] as const;

/** An Indian SHG: fixed savings in rupees, a bank account beside the cash box, loans of ₹2,000-25,000. */
export function shgStyle(bankAccountId: string): BooksStyle {
  return {
    bankAccountId,
    float: 50_000,
    stationery: [5_000, 8_000, 10_000, 15_000],
    loanSizes: [200_000, 2_500_000],
    loanUnit: 50_000,
    instalments: [6, 10],
    methods: { flat: 2, declining_equal_instalment: 1, declining_equal_principal: 1 },
    purposes,
    decision: (borrower, principal, purpose) =>
      `Loan of ${formatMoney(principal, 'INR', 'en-IN')} to ${borrower} approved: ${purpose.toLowerCase()}.`,
  };
}

/** Opens the group's savings account at a bank near it; returns the account id. */
export function openBankAccount(plan: Plan, random: Random, groupId: string, openedOn: string): string {
  const id = plan.id();
  plan.add(
    'bank_account.open',
    {
      id,
      groupId,
      bankName: random.pick(banks),
      branch: random.pick(branches),
      accountNumberLast4: random.digits(4),
      openedOn,
    },
    openedOn,
  );
  return id;
}

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/**
 * What each member had saved before the books began, as the paper register shows it: her saving for
 * 70-100% of the meetings held since she joined (a week or a month apart), rounded down to ₹100.
 */
function broughtForward(random: Random, group: BooksGroup, firstMeeting: string): Map<string, number> {
  const daysApart = group.cadence.cadence === 'monthly' ? 30.44 : 7;
  const amounts = new Map<string, number>();
  for (const m of group.members) {
    if (m.joinedOn >= firstMeeting) continue;
    const meetings = Math.floor(daysBetween(m.joinedOn, firstMeeting) / daysApart);
    const saved = meetings * group.constitution.savingAmountPerMeeting * (0.7 + 0.3 * random.next());
    amounts.set(m.id, Math.floor(saved / 10_000) * 10_000);
  }
  return amounts;
}

/**
 * The books of the Nashik SHGs from `booksFrom` to `booksUntil`: a bank account, every due
 * meeting (a struggling group misses some), savings brought forward from the paper register at the first,
 * loans and their repayments, fines, cash banked after each meeting, and the Revolving Fund of ₹15,000
 * for about a third of the groups. Four groups struggle and six let repayments slip, so grades differ.
 */
export function addNashikBooks(plan: Plan, seed: number, groups: readonly Omit<BooksGroup, 'habits'>[]) {
  const random = new Random(seed ^ 0x600c5);
  const order = random.shuffle(groups.map((_, i) => i));
  const habitsOf = (i: number): Habits => {
    const rank = order.indexOf(i);
    return rank < 4 ? 'struggling' : rank < 10 ? 'slipping' : 'steady';
  };
  for (const [i, g] of groups.entries()) {
    const group = { ...g, habits: habitsOf(i) };
    const dates = dueMeetingDates(group.cadence, laterDate(booksFrom, group.cadence.formedOn), booksUntil);
    const first = dates[0]!;
    const openedOn = laterDate(group.cadence.formedOn, addDays(first, -random.int(30, 700)));
    const bankAccountId = openBankAccount(plan, random, group.id, openedOn);
    const books = new GroupBooks(plan, random, group, shgStyle(bankAccountId));
    const grantBefore =
      group.habits !== 'struggling' && random.chance(0.4) ? random.int(1, Math.min(8, dates.length - 1)) : -1;
    for (const [n, date] of dates.entries()) {
      if (n === grantBefore) {
        books.grant(addDays(date, -2), 1_500_000, 'Revolving Fund from the city livelihoods mission');
      }
      books.meet(date, n === 0 ? { broughtForward: broughtForward(random, group, date) } : {});
    }
  }
}

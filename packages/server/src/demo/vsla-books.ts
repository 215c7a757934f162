import { dueMeetingDates, formatMoney } from '@groundwork/core';
import { type BooksGroup, type BooksStyle, GroupBooks, type Habits } from './books.ts';
import { booksUntil } from './common.ts';
import type { Plan } from './plan.ts';
import { addDays, addYears, laterDate, Random } from './random.ts';
import { booksFrom } from './shg-books.ts';

const purposes = [
  'Petit commerce',
  'Commerce de légumes',
  'Frais de scolarité',
  'Soins de santé',
  'Teinture de bazin',
  'Mouton pour la Tabaski',
  'Beurre de karité',
] as const;

/** A savings group of Bamako: shares bought each week, a cash box only, short loans in whole francs. */
function vslaStyle(sharePrice: number): BooksStyle {
  return {
    float: 0,
    sharePrice,
    stationery: [500, 1_000, 1_500],
    loanSizes: [5_000, 50_000],
    loanUnit: 2_500,
    instalments: [2, 6],
    methods: { flat: 1 },
    purposes,
    decision: (borrower, principal, purpose) =>
      `Prêt de ${formatMoney(principal, 'XOF', 'fr')} à ${borrower} accordé : ${purpose.toLowerCase()}.`,
  };
}

/** The cycle of the group that has shared out: six months, the share-out three months ago. */
const sharedOutCycle = { from: addDays(booksUntil, -273), shareOutFrom: addDays(booksUntil, -91) };
/** Lending stops this many meetings before the share-out, so that every loan is repaid by then. */
const lastLoanMeetings = 14;

/**
 * The books of the Bamako savings groups: each runs a savings cycle planned for a year, in which members
 * buy one to five shares a week, borrow and repay by the fortnight and pay fines for absence and
 * lateness. One group has finished a six-month cycle: its share-out three months ago paid every member her
 * savings and her part of the interest and fines, and a new cycle started the same day. One group lets
 * repayments slip and one struggles.
 */
export function addBamakoBooks(plan: Plan, seed: number, groups: readonly Omit<BooksGroup, 'habits'>[]) {
  const random = new Random(seed ^ 0x600c5);
  const earliest = groups.reduce((a, b) => (b.cadence.formedOn < a.cadence.formedOn ? b : a));
  const others = random.shuffle(groups.filter((g) => g !== earliest));
  const habitsOf = (g: Omit<BooksGroup, 'habits'>): Habits =>
    g === others[0] ? 'struggling' : g === others[1] ? 'slipping' : 'steady';
  for (const g of groups) {
    const group = { ...g, habits: habitsOf(g) };
    const sharesOut = g === earliest;
    const from = laterDate(sharesOut ? sharedOutCycle.from : booksFrom, g.cadence.formedOn);
    const dates = dueMeetingDates(group.cadence, from, booksUntil);
    const sharePrice = g.constitution.sharePrice ?? g.constitution.savingAmountPerMeeting;
    const books = new GroupBooks(plan, random, group, vslaStyle(sharePrice));
    books.startCycle(dates[0]!, addYears(dates[0]!, 1));
    const shareOutAt = sharesOut ? dates.findIndex((d) => d >= sharedOutCycle.shareOutFrom) : -1;
    for (const [n, date] of dates.entries()) {
      const lend = shareOutAt < 0 || n < shareOutAt - lastLoanMeetings || n > shareOutAt;
      books.meet(date, { lend });
      if (n === shareOutAt) books.shareOut(date, addYears(date, 1));
    }
  }
}

import {
  type Constitution,
  type fineReasons,
  type LoanFrequency,
  type LoanMethod,
  loanSchedule,
  type MeetingCadence,
} from '@groundwork/core';
import { defaultRateBps } from '../finance/loans.ts';
import type { Member } from './common.ts';
import type { DemoPayloads, Plan } from './plan.ts';
import type { Random } from './random.ts';

type MeetingPayload = DemoPayloads['meeting.record'];
/** The lists of a meeting the books fill in, all present even when empty. */
type Lists = Required<
  Pick<
    MeetingPayload,
    'attendance' | 'savings' | 'repayments' | 'fines' | 'finePayments' | 'loans' | 'entries' | 'decisions'
  >
>;
type Status = 'present' | 'absent' | 'excused' | 'late' | 'represented';
type Entry = NonNullable<MeetingPayload['entries']>[number];
type FineReason = (typeof fineReasons)[number];

/**
 * How a group keeps its habits: most are steady (a borrower who cannot come sends her instalment with
 * someone); some let repayments slip (a borrower who stops paying, instalments paid a meeting late); a
 * few struggle (meetings missed, many absent, more than one borrower in arrears). The habits are what
 * make the Panchasutra grades of the demo differ from group to group.
 */
export type Habits = 'steady' | 'slipping' | 'struggling';

interface HabitRates {
  absent: number;
  excused: number;
  late: number;
  /** Chance that a due meeting is not held at all. */
  skipMeeting: number;
  /** Chance that a borrower at the meeting cannot pay what is due and pays it at a later meeting. */
  missInstalment: number;
  /** Borrowers who stop repaying part way, so that their loans fall overdue. */
  defaulters: number;
}

const habitRates: Record<Habits, HabitRates> = {
  steady: { absent: 0.03, excused: 0.01, late: 0.04, skipMeeting: 0, missInstalment: 0, defaulters: 0 },
  slipping: { absent: 0.05, excused: 0.02, late: 0.06, skipMeeting: 0, missInstalment: 0.1, defaulters: 1 },
  struggling: {
    absent: 0.12,
    excused: 0.03,
    late: 0.08,
    skipMeeting: 0.2,
    missInstalment: 0.25,
    defaulters: 2,
  },
};

/** The way of one kind of group with its money: how it saves, lends and keeps its cash. */
export interface BooksStyle {
  /** The group's bank account: cash beyond the float goes there after the meeting. None: a cash box only. */
  bankAccountId?: string;
  /** Cash left in the box after the deposit (and the amount deposits are rounded down to). */
  float: number;
  /** What the register, receipts and pens cost when the group buys them, now and then. */
  stationery: readonly number[];
  /** A savings group buys shares: each member 1 to 5 at a meeting, at this price. */
  sharePrice?: number;
  /** Smallest and largest loan asked for, and the amount loans are rounded down to. */
  loanSizes: readonly [number, number];
  loanUnit: number;
  instalments: readonly [number, number];
  methods: Readonly<Partial<Record<LoanMethod, number>>>;
  purposes: readonly string[];
  /** The minute of a loan the meeting agreed to. */
  decision(borrower: string, principal: number, purpose: string): string;
}

export interface BooksGroup {
  id: string;
  cadence: MeetingCadence;
  constitution: Constitution;
  members: readonly Member[];
  habits: Habits;
}

interface Instalment {
  dueOn: string;
  amount: number;
}

interface DemoLoan {
  id: string;
  personId: string;
  unpaid: Instalment[];
  /** Instalments the borrower pays before she stops; null for one who pays to the end. */
  stopsAfter: number | null;
  paid: number;
}

/**
 * Loans are repaid on meeting days, so that an instalment paid at the meeting it falls due on is paid
 * on time: a group meeting every week or fortnight lends by the fortnight, a group meeting monthly lends
 * by the month (its meeting day is the loan's due day).
 */
const loanFrequencyOf = (cadence: MeetingCadence['cadence']): LoanFrequency =>
  cadence === 'monthly' ? 'monthly' : 'fortnightly';

/**
 * One group's books as the meetings record them, kept here as well so that every command the demo
 * sends passes the server's checks: a loan within the cap and the funds, a fine paid no larger than
 * what is due, a repayment of exactly the instalments due (worked out with the same schedule), a bank
 * deposit the cash box can cover. Every draw comes from the seeded generator given, so the books are the
 * same on every run.
 */
export class GroupBooks {
  private cash = 0;
  private bank = 0;
  private readonly savings = new Map<string, number>();
  private readonly fines = new Map<string, number>();
  private loans: DemoLoan[] = [];
  private defaultersLeft: number;
  private readonly rates: HabitRates;
  private readonly fineOf: Map<FineReason, number>;
  /** How many shares each member usually buys. */
  private readonly usualShares = new Map<string, number>();

  constructor(
    private readonly plan: Plan,
    private readonly random: Random,
    private readonly group: BooksGroup,
    private readonly style: BooksStyle,
  ) {
    this.rates = habitRates[group.habits];
    this.defaultersLeft = this.rates.defaulters;
    this.fineOf = new Map(group.constitution.fineRules.map((rule) => [rule.reason, rule.amount]));
    for (const m of group.members) this.usualShares.set(m.id, random.int(1, 5));
  }

  /** A grant paid into the group's bank account between meetings, such as the Revolving Fund. */
  grant(on: string, amount: number, note: string): void {
    const bankAccountId = this.style.bankAccountId;
    if (!bankAccountId) throw new Error('a grant needs a bank account');
    this.plan.add(
      'entry.record',
      {
        groupId: this.group.id,
        date: on,
        entry: { kind: 'grant_received', fund: 'revolving_fund', amount, note, bankAccountId },
      },
      on,
    );
    this.bank += amount;
  }

  /** The share-out at the end of a savings cycle: the box is emptied to the members, loans settled. */
  shareOut(on: string, nextCycleEndsOn: string): void {
    this.plan.add(
      'shareout.record',
      {
        id: this.plan.id(),
        groupId: this.group.id,
        heldOn: on,
        nextCycle: { id: this.plan.id(), plannedEndOn: nextCycleEndsOn, sharePrice: this.style.sharePrice },
      },
      on,
    );
    this.cash = 0;
    this.savings.clear();
    this.loans = [];
  }

  /** A savings cycle, started before its first meeting; shares are bought at the style's price. */
  startCycle(on: string, plannedEndOn: string): void {
    this.plan.add(
      'cycle.start',
      {
        id: this.plan.id(),
        groupId: this.group.id,
        startedOn: on,
        plannedEndOn,
        sharePrice: this.style.sharePrice,
      },
      on,
    );
  }

  /**
   * The meeting due on `date`, unless the group does not hold it. `broughtForward` adds each member's
   * savings from the paper register to her first saving in the books; `lend: false` gives no new loans.
   */
  meet(date: string, options: { broughtForward?: Map<string, number>; lend?: boolean } = {}): void {
    const random = this.random;
    if (!options.broughtForward && random.chance(this.rates.skipMeeting)) return;
    const roll = this.group.members.filter((m) => m.joinedOn <= date);
    const p: Lists = {
      attendance: [],
      savings: [],
      repayments: [],
      fines: [],
      finePayments: [],
      loans: [],
      entries: [],
      decisions: [],
    };
    // Who pays and saves: those at the meeting and those who sent someone; only those there in person borrow.
    const there = new Set<string>();
    const inPerson = new Set<string>();
    for (const member of roll) {
      const status = this.statusOf(member.id, date);
      p.attendance.push({ personId: member.id, status });
      if (status === 'absent') this.levy(p, member.id, 'absence');
      if (status === 'absent' || status === 'excused') continue;
      there.add(member.id);
      if (status !== 'represented') inPerson.add(member.id);
      if (status === 'late') this.levy(p, member.id, 'late');
      const amount = this.savingOf(member.id) + (options.broughtForward?.get(member.id) ?? 0);
      p.savings.push({ personId: member.id, amount });
      this.savings.set(member.id, (this.savings.get(member.id) ?? 0) + amount);
      this.cash += amount;
    }
    this.collectRepayments(p, date, there);
    for (const personId of there) {
      const due = this.fines.get(personId) ?? 0;
      if (due > 0 && random.chance(0.85)) {
        p.finePayments.push({ personId, amount: due });
        this.fines.set(personId, 0);
        this.cash += due;
      }
    }
    if (options.lend !== false) this.lend(p, date, roll, inPerson);
    this.spendAndBank(p.entries);
    this.plan.add(
      'meeting.record',
      {
        id: this.plan.id(),
        groupId: this.group.id,
        heldOn: date,
        attendance: p.attendance,
        ...(options.broughtForward
          ? { minutes: 'Opening balances brought forward from the paper register.' }
          : {}),
        decisions: p.decisions,
        savings: p.savings,
        repayments: p.repayments,
        fines: p.fines,
        finePayments: p.finePayments,
        loans: p.loans,
        entries: p.entries,
      },
      date,
    );
  }

  private statusOf(personId: string, date: string): Status {
    const r = this.rates;
    const roll = this.random.next();
    let status: Status =
      roll < r.absent
        ? 'absent'
        : roll < r.absent + r.excused
          ? 'excused'
          : roll < r.absent + r.excused + r.late
            ? 'late'
            : 'present';
    // In a steady group a borrower who cannot come sends her instalment and her saving with someone.
    const owes = this.loans.some((l) => l.personId === personId && l.unpaid[0]!.dueOn <= date);
    if (owes && this.group.habits === 'steady' && (status === 'absent' || status === 'excused')) {
      status = 'represented';
    }
    return status;
  }

  private savingOf(personId: string): number {
    const price = this.style.sharePrice;
    if (!price) return this.group.constitution.savingAmountPerMeeting;
    const usual = this.usualShares.get(personId)!;
    return price * Math.min(5, Math.max(1, usual + this.random.int(-1, 1)));
  }

  private levy(p: Pick<Lists, 'fines'>, personId: string, reason: FineReason) {
    const amount = this.fineOf.get(reason);
    if (!amount) return;
    p.fines.push({ personId, reason, amount });
    this.fines.set(personId, (this.fines.get(personId) ?? 0) + amount);
  }

  /** Borrowers at the meeting pay every instalment due by today, unless they cannot or have stopped. */
  private collectRepayments(
    p: Pick<Lists, 'repayments' | 'fines'>,
    date: string,
    there: ReadonlySet<string>,
  ) {
    for (const loan of this.loans) {
      if (!there.has(loan.personId)) continue;
      if (loan.stopsAfter !== null && loan.paid >= loan.stopsAfter) continue;
      const due = loan.unpaid.filter((i) => i.dueOn <= date);
      if (due.length === 0 || this.random.chance(this.rates.missInstalment)) continue;
      const amount = due.reduce((sum, i) => sum + i.amount, 0);
      p.repayments.push({ loanId: loan.id, amount });
      loan.unpaid = loan.unpaid.slice(due.length);
      loan.paid += due.length;
      this.cash += amount;
      if (due[0]!.dueOn < date) this.levy(p, loan.personId, 'late_repayment');
    }
    this.loans = this.loans.filter((l) => l.unpaid.length > 0);
  }

  /** At most one new loan a meeting (two to three at a monthly one), to members without one. */
  private lend(
    p: Pick<Lists, 'loans' | 'decisions'>,
    date: string,
    roll: Member[],
    inPerson: ReadonlySet<string>,
  ) {
    const random = this.random;
    const { cadence, constitution } = this.group;
    const wanted = cadence.cadence === 'monthly' ? random.int(1, 3) : random.chance(0.4) ? 1 : 0;
    const style = this.style;
    for (let n = 0; n < wanted && this.loans.length * 2 < roll.length; n++) {
      const borrowing = new Set(this.loans.map((l) => l.personId));
      const candidates = roll.filter((m) => inPerson.has(m.id) && !borrowing.has(m.id));
      if (candidates.length === 0) return;
      const borrower = random.pick(candidates);
      const cap = Math.floor(
        (this.savings.get(borrower.id) ?? 0) * (constitution.loanCapMultipleOfSavings ?? 1),
      );
      const asked = random.int(style.loanSizes[0], style.loanSizes[1]);
      // A tenth of the funds stays with the group, whatever the members ask for.
      const lendable = Math.floor((this.cash + this.bank) * 0.9);
      const principal = Math.floor(Math.min(cap, asked, lendable) / style.loanUnit) * style.loanUnit;
      if (principal < style.loanSizes[0]) continue;
      const fromBank = principal > this.cash;
      if (fromBank && principal > this.bank) continue;
      const frequency = loanFrequencyOf(cadence.cadence);
      const method = random.weighted(style.methods as Record<LoanMethod, number>);
      const instalments = random.int(style.instalments[0], style.instalments[1]);
      const rateBps = defaultRateBps(constitution.interestRateBpsPerMonth, frequency);
      const purpose = random.pick(style.purposes);
      const id = this.plan.id();
      p.loans.push({
        id,
        personId: borrower.id,
        principal,
        rateBps,
        method,
        instalments,
        frequency,
        purpose,
        ...(fromBank ? { bankAccountId: style.bankAccountId } : {}),
      });
      p.decisions.push(style.decision(borrower.name, principal, purpose));
      if (fromBank) this.bank -= principal;
      else this.cash -= principal;
      const schedule = loanSchedule({
        principal,
        rateBps,
        method,
        instalments,
        frequency,
        gracePeriods: 0,
        disbursedOn: date,
      });
      const defaults = this.defaultersLeft > 0 && random.chance(0.4);
      if (defaults) this.defaultersLeft--;
      this.loans.push({
        id,
        personId: borrower.id,
        unpaid: schedule.map((i) => ({ dueOn: i.dueOn, amount: i.principal + i.interest })),
        stopsAfter: defaults ? random.int(1, Math.max(1, instalments - 3)) : null,
        paid: 0,
      });
    }
  }

  /** Now and then a small expense out of the box; then the cash beyond the float goes to the bank. */
  private spendAndBank(entries: Entry[]) {
    const random = this.random;
    if (random.chance(0.15)) {
      const amount = random.pick(this.style.stationery);
      if (amount <= this.cash) {
        entries.push({ kind: 'expense', category: 'stationery', amount, note: 'Register and receipts' });
        this.cash -= amount;
      }
    }
    const { bankAccountId, float } = this.style;
    if (!bankAccountId || float <= 0) return;
    const amount = Math.floor((this.cash - float) / float) * float;
    if (amount > 0) {
      entries.push({ kind: 'bank_deposit', bankAccountId, amount });
      this.cash -= amount;
      this.bank += amount;
    }
  }
}

import type { GroupFinance, LocalLoan } from '../../local/finance.ts';
import { type AmountProblem, normaliseFigure, parseAmount } from './amounts.ts';
import type { FineDraft, LoanDraft, MeetingDraft } from './draft.ts';
import { keepsBooks, type MeetingGroup, type MeetingMember } from './group-data.ts';
import {
  defaultRateBps,
  loanCap,
  type Preview,
  parseInstalments,
  parsePercent,
  previewSchedule,
} from './loan-terms.ts';
import { attended, defaultSaving, dueBy, openLoans, payoffBy } from './prefill.ts';

/** What the meeting is held against: the group, its members and money as last synced, and today. */
export interface MeetingContext {
  group: MeetingGroup;
  members: MeetingMember[];
  finance: GroupFinance | undefined;
  /** Days this group already has a meeting on, recorded or waiting in the outbox. */
  takenDates: ReadonlySet<string>;
  currency: string;
  numberLocale: string;
  today: string;
}

export type ProblemCode =
  | AmountProblem
  | 'date_invalid'
  | 'date_future'
  | 'date_before_formed'
  | 'date_taken'
  | 'attendance_missing'
  | 'amount_missing'
  | 'over_payoff'
  | 'person_missing'
  | 'instalments_invalid'
  | 'rate_invalid'
  | 'purpose_short';

/** Something that stops the meeting from being sent, on the field it is about. */
export interface Problem {
  field: string;
  code: ProblemCode;
  params?: { amount?: number; date?: string; count?: number };
}

export type WarningCode = 'over_funds' | 'over_cap' | 'cash_short' | 'no_finance';

/** Something the server may refuse; local figures can be stale, so the meeting can still be sent. */
export interface Warning {
  field: string;
  code: WarningCode;
  params?: { amount?: number; limit?: number };
}

export interface SavingLine {
  personId: string;
  amount: number;
  edited: boolean;
}

export interface RepaymentLine {
  loan: LocalLoan;
  due: number;
  payoff: number;
  amount: number;
  edited: boolean;
}

export interface FineLine {
  fine: FineDraft;
  amount: number;
}

export interface LoanLine {
  draft: LoanDraft;
  principal: number;
  rateBps: number | undefined;
  instalments: number | undefined;
  preview: Preview | undefined;
  cap: number | undefined;
  /** Cash and bank the group holds for this loan, after the money in and the loans before it. */
  available: number;
}

export interface Totals {
  members: number;
  present: number;
  cashBefore: number;
  savings: number;
  repayments: number;
  finesLevied: number;
  finesPaid: number;
  loans: number;
  cashAfter: number;
}

/** The meeting worked out: every line with its amount, the totals, and what is wrong or doubtful. */
export interface Sheet {
  savings: SavingLine[];
  repayments: RepaymentLine[];
  fines: FineLine[];
  loans: LoanLine[];
  totals: Totals;
  problems: Problem[];
  warnings: Warning[];
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

function checkDate(draft: MeetingDraft, ctx: MeetingContext, problems: Problem[]): void {
  const date = draft.heldOn;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    problems.push({ field: 'heldOn', code: 'date_invalid' });
  } else if (date > ctx.today) {
    problems.push({ field: 'heldOn', code: 'date_future' });
  } else if (ctx.group.formedOn && date < ctx.group.formedOn) {
    problems.push({ field: 'heldOn', code: 'date_before_formed', params: { date: ctx.group.formedOn } });
  } else if (ctx.takenDates.has(date)) {
    problems.push({ field: 'heldOn', code: 'date_taken', params: { date } });
  }
}

/** Reads an amount box, noting a problem on its field; a bad figure counts as nothing. */
function amountOf(text: string, field: string, ctx: MeetingContext, problems: Problem[]): number {
  const parsed = parseAmount(text, ctx.currency, ctx.numberLocale);
  if (parsed.ok) return parsed.value;
  problems.push({ field, code: parsed.problem });
  return 0;
}

function savingLines(draft: MeetingDraft, ctx: MeetingContext, problems: Problem[]): SavingLine[] {
  return ctx.members.map(({ personId }) => {
    const typed = draft.savings[personId];
    if (typed === undefined) {
      return { personId, amount: defaultSaving(ctx.group.rules, draft.attendance[personId]), edited: false };
    }
    return { personId, amount: amountOf(typed, `saving.${personId}`, ctx, problems), edited: true };
  });
}

function repaymentLines(draft: MeetingDraft, ctx: MeetingContext, problems: Problem[]): RepaymentLine[] {
  const members = new Set(ctx.members.map((m) => m.personId));
  return openLoans(ctx.finance?.loans ?? [])
    .filter((loan) => members.has(loan.personId))
    .map((loan) => {
      const payoff = payoffBy(loan, draft.heldOn);
      const due = Math.min(dueBy(loan, draft.heldOn), payoff);
      const typed = draft.repayments[loan.id];
      const field = `repayment.${loan.id}`;
      const amount = typed === undefined ? due : amountOf(typed, field, ctx, problems);
      if (amount > payoff) problems.push({ field, code: 'over_payoff', params: { amount: payoff } });
      return { loan, due, payoff, amount, edited: typed !== undefined };
    });
}

function fineLines(draft: MeetingDraft, ctx: MeetingContext, problems: Problem[]): FineLine[] {
  return draft.fines.map((fine) => {
    if (!fine.personId) problems.push({ field: `fine.${fine.key}.personId`, code: 'person_missing' });
    const field = `fine.${fine.key}.amount`;
    const amount = amountOf(fine.amount, field, ctx, problems);
    if (amount === 0 && !problems.some((p) => p.field === field))
      problems.push({ field, code: 'amount_missing' });
    return { fine, amount };
  });
}

function loanLine(
  loan: LoanDraft,
  draft: MeetingDraft,
  ctx: MeetingContext,
  savings: SavingLine[],
  available: number,
  problems: Problem[],
): LoanLine {
  const field = (name: string) => `loan.${loan.key}.${name}`;
  if (!loan.personId) problems.push({ field: field('personId'), code: 'person_missing' });
  const principal = amountOf(loan.principal, field('principal'), ctx, problems);
  if (principal === 0 && !problems.some((p) => p.field === field('principal'))) {
    problems.push({ field: field('principal'), code: 'amount_missing' });
  }
  const instalments = parseInstalments(normaliseFigure(loan.instalments, ctx.numberLocale));
  if (instalments === undefined) problems.push({ field: field('instalments'), code: 'instalments_invalid' });
  const rateBps =
    loan.rate === null
      ? defaultRateBps(ctx.group.rules.interestRateBpsPerMonth, loan.frequency)
      : parsePercent(normaliseFigure(loan.rate, ctx.numberLocale));
  if (rateBps === undefined) problems.push({ field: field('rate'), code: 'rate_invalid' });
  if (loan.purpose.trim().length < 2) problems.push({ field: field('purpose'), code: 'purpose_short' });
  const preview =
    principal > 0 &&
    instalments !== undefined &&
    rateBps !== undefined &&
    /^\d{4}-\d{2}-\d{2}$/.test(draft.heldOn)
      ? previewSchedule({
          principal,
          rateBps,
          method: loan.method,
          instalments,
          frequency: loan.frequency,
          disbursedOn: draft.heldOn,
        })
      : undefined;
  const saved = ctx.finance?.members.find((m) => m.personId === loan.personId)?.savings ?? 0;
  const savingNow = savings.find((s) => s.personId === loan.personId)?.amount ?? 0;
  const cap = loan.personId ? loanCap(ctx.group.rules, saved + savingNow) : undefined;
  return { draft: loan, principal, rateBps, instalments, preview, cap, available };
}

function loanWarnings(lines: LoanLine[], ctx: MeetingContext, warnings: Warning[]): void {
  for (const line of lines) {
    const field = `loan.${line.draft.key}.principal`;
    if (line.cap !== undefined && line.principal > line.cap) {
      warnings.push({ field, code: 'over_cap', params: { amount: line.principal, limit: line.cap } });
    }
    if (ctx.finance && line.principal > line.available) {
      warnings.push({
        field,
        code: 'over_funds',
        params: { amount: line.principal, limit: Math.max(0, line.available) },
      });
    }
  }
}

/** The draft worked out against what is known locally: lines, totals, problems and warnings. */
export function workOut(draft: MeetingDraft, ctx: MeetingContext): Sheet {
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  checkDate(draft, ctx, problems);
  const unmarked = ctx.members.filter((m) => !draft.attendance[m.personId]).length;
  if (unmarked > 0)
    problems.push({ field: 'attendance', code: 'attendance_missing', params: { count: unmarked } });

  const books = keepsBooks(ctx.group.kind);
  const savings = books ? savingLines(draft, ctx, problems) : [];
  const repayments = books ? repaymentLines(draft, ctx, problems) : [];
  const fines = books ? fineLines(draft, ctx, problems) : [];

  const cashBefore = ctx.finance?.cash ?? 0;
  const bank = sum(ctx.finance?.bank.map((b) => b.balance) ?? []);
  const savingsTotal = sum(savings.map((s) => s.amount));
  const repaymentsTotal = sum(repayments.map((r) => r.amount));
  const finesPaid = sum(fines.filter((f) => f.fine.paid).map((f) => f.amount));
  let available = cashBefore + bank + savingsTotal + repaymentsTotal + finesPaid;
  const loans = (books ? draft.loans : []).map((loan) => {
    const line = loanLine(loan, draft, ctx, savings, available, problems);
    available -= line.principal;
    return line;
  });
  loanWarnings(loans, ctx, warnings);
  const loansTotal = sum(loans.map((l) => l.principal));
  const cashAfter = cashBefore + savingsTotal + repaymentsTotal + finesPaid - loansTotal;
  if (books && !ctx.finance) warnings.push({ field: 'finance', code: 'no_finance' });
  if (ctx.finance && loansTotal > 0 && cashAfter < 0) {
    warnings.push({ field: 'cash', code: 'cash_short', params: { amount: cashAfter } });
  }

  return {
    savings,
    repayments,
    fines,
    loans,
    totals: {
      members: ctx.members.length,
      present: ctx.members.filter((m) => attended(draft.attendance[m.personId])).length,
      cashBefore,
      savings: savingsTotal,
      repayments: repaymentsTotal,
      finesLevied: sum(fines.map((f) => f.amount)),
      finesPaid,
      loans: loansTotal,
      cashAfter,
    },
    problems,
    warnings,
  };
}

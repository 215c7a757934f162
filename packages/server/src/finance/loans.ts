import {
  allocateRepayment,
  DomainError,
  type Instalment,
  isDomainError,
  type LoanFrequency,
  type LoanMethod,
  type LoanPosition,
  loanPosition,
  loanSchedule,
  type NewLoan,
  newId,
  postingsFor,
} from '@groundwork/core';
import type { Compilable, Kysely, Selectable } from 'kysely';
import type { CommandContext } from '../commands/context.ts';
import type { DialectName } from '../db/database.ts';
import type { LoanStatesTable, LoansTable } from '../db/finance-schema.ts';
import { executeReused, insertRows } from '../db/reuse.ts';
import type { Tables } from '../db/schema.ts';
import { availableIn, lendableFunds, requireMember } from './book.ts';
import { loadSchedules } from './schedules.ts';
import type { EntryWriter } from './writer.ts';

export interface LoadedLoan {
  row: Selectable<LoansTable>;
  schedule: readonly Instalment[];
  state: Selectable<LoanStatesTable>;
}

const periodsPerMonth: Record<LoanFrequency, number> = { monthly: 1, fortnightly: 26 / 12, weekly: 52 / 12 };

/** The group's monthly rate turned into a rate per period of the loan: 2% a month is about 0.46% a week. */
export function defaultRateBps(monthlyBps: number, frequency: LoanFrequency): number {
  return Math.round(monthlyBps / periodsPerMonth[frequency]);
}

/**
 * Loans by id with their schedules and states; ids of another organisation find nothing. Commands name
 * their dialect so that the queries are compiled once per number of loans (see executeReused).
 */
export async function loadLoans(
  db: Kysely<Tables>,
  org: string,
  ids: readonly string[],
  dialect?: DialectName,
): Promise<Map<string, LoadedLoan>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const params = [org, ...unique];
  const reused = <R>(shape: string, build: () => Compilable<R>) =>
    dialect
      ? executeReused(db, dialect, `${shape} ${unique.length}`, params, build).then((r) => r.rows)
      : db.executeQuery(build().compile()).then((r) => r.rows);
  const [rows, states] = await Promise.all([
    reused('loans by id', () =>
      db.selectFrom('loans').selectAll().where('org_id', '=', org).where('id', 'in', unique),
    ),
    reused('states by loan', () =>
      db.selectFrom('loan_states').selectAll().where('org_id', '=', org).where('loan_id', 'in', unique),
    ),
  ]);
  const schedules = await loadSchedules(db, org, rows, dialect);
  const stateOf = new Map(states.map((s) => [s.loan_id, s]));
  const loans = new Map<string, LoadedLoan>();
  for (const row of rows) {
    const state = stateOf.get(row.id);
    if (!state) throw new Error(`loan ${row.id} has no state`);
    loans.set(row.id, { row, schedule: schedules.get(row.id) ?? [], state });
  }
  return loans;
}

/** Where a loan stands on a date, from what its state row says has been paid so far. */
export function positionOf(loan: LoadedLoan, asOf: string): LoanPosition {
  const { row, state } = loan;
  const paid = Number(state.interest_paid) + Number(state.principal_paid);
  return loanPosition(
    loan.schedule,
    {
      repayments:
        paid > 0
          ? [
              {
                paidOn: row.disbursed_on,
                penalty: 0,
                interest: Number(state.interest_paid),
                principal: Number(state.principal_paid),
              },
            ]
          : [],
      penaltiesLevied:
        Number(state.penalty_due) > 0 ? [{ on: row.disbursed_on, amount: Number(state.penalty_due) }] : [],
      penaltiesWaived: [],
      writtenOffOn: state.status === 'written_off' ? (state.closed_on ?? row.disbursed_on) : undefined,
    },
    asOf < row.disbursed_on ? row.disbursed_on : asOf,
  );
}

function capFor(writer: EntryWriter, personId: string): number | undefined {
  const rules = writer.book.constitution;
  if (!rules) return undefined;
  const caps: number[] = [];
  if (rules.loanCapMultipleOfSavings !== undefined) {
    caps.push(Math.floor((writer.book.savings.get(personId) ?? 0) * rules.loanCapMultipleOfSavings));
  }
  if (rules.loanCapAmount !== undefined) caps.push(rules.loanCapAmount);
  return caps.length > 0 ? Math.min(...caps) : undefined;
}

/** Lends to a member within the constitution's cap and the funds the group holds, and writes her schedule. */
export async function disburse(
  ctx: CommandContext,
  writer: EntryWriter,
  date: string,
  meetingId: string | null,
  loan: NewLoan,
  field: string,
): Promise<string> {
  const book = writer.book;
  requireMember(book, loan.personId, `${field}.personId`);
  const cap = capFor(writer, loan.personId);
  if (cap !== undefined && loan.principal > cap) {
    throw new DomainError('loan.over_cap', {
      field: `${field}.principal`,
      params: { cap, amount: loan.principal },
    });
  }
  const available = lendableFunds(book);
  if (loan.principal > available) {
    throw new DomainError('loan.over_funds', {
      field: `${field}.principal`,
      params: { available, amount: loan.principal },
    });
  }
  requireFunds(writer, loan.bankAccountId, loan.principal, `${field}.principal`);
  const rateBps =
    loan.rateBps ?? defaultRateBps(book.constitution?.interestRateBpsPerMonth ?? 0, loan.frequency);
  const schedule = loanSchedule({
    principal: loan.principal,
    rateBps,
    method: loan.method as LoanMethod,
    instalments: loan.instalments,
    frequency: loan.frequency,
    gracePeriods: loan.gracePeriods,
    disbursedOn: date,
  });
  const id = loan.id ?? newId();
  const org = ctx.org.id;
  const groupId = book.group.id;
  await insertRows(ctx.trx, ctx.dialect, 'loans', [
    {
      org_id: org,
      id,
      group_id: groupId,
      person_id: loan.personId,
      meeting_id: meetingId,
      disbursed_on: date,
      principal: loan.principal,
      rate_bps: rateBps,
      method: loan.method,
      instalments: loan.instalments,
      frequency: loan.frequency,
      grace_periods: loan.gracePeriods,
      purpose: loan.purpose,
      created_at: ctx.now,
    },
  ]);
  await insertRows(
    ctx.trx,
    ctx.dialect,
    'loan_instalments',
    schedule.map((i) => ({
      org_id: org,
      loan_id: id,
      number: i.number,
      group_id: groupId,
      due_on: i.dueOn,
      principal: i.principal,
      interest: i.interest,
    })),
  );
  const state = {
    org_id: org,
    loan_id: id,
    group_id: groupId,
    principal_paid: 0,
    interest_paid: 0,
    penalty_due: 0,
    paid_instalments: 0,
    next_due_on: schedule[0]?.dueOn ?? null,
    status: 'active' as const,
    closed_on: null,
  };
  await insertRows(ctx.trx, ctx.dialect, 'loan_states', [state]);
  writer.add({
    kind: 'loan_disbursement',
    date,
    personId: loan.personId,
    loanId: id,
    meetingId,
    amount: loan.principal,
    postings: postingsFor({
      kind: 'loan_disbursement',
      personId: loan.personId,
      loanId: id,
      amount: loan.principal,
      bankAccountId: loan.bankAccountId,
    }),
  });
  writer.count(date.slice(0, 7), { loans_disbursed: 1 });
  for (const i of schedule) writer.count(i.dueOn.slice(0, 7), { instalments_due: 1 });
  ctx.emit({
    entity: 'loan',
    entityId: id,
    op: 'create',
    areaId: book.group.area_id,
    groupId,
    data: {
      id,
      groupId,
      personId: loan.personId,
      disbursedOn: date,
      principal: loan.principal,
      rateBps,
      method: loan.method,
      frequency: loan.frequency,
      purpose: loan.purpose,
      schedule,
      status: 'active',
    },
  });
  return id;
}

export function requireFunds(
  writer: EntryWriter,
  bankAccountId: string | null | undefined,
  amount: number,
  field: string,
) {
  const available = availableIn(writer.book, bankAccountId);
  if (amount > available) {
    throw new DomainError('cash.insufficient', {
      field,
      params: { available, amount, account: bankAccountId ? 'bank' : 'cash' },
    });
  }
}

/** Takes a repayment, split penalty, interest, principal oldest instalment first, and moves the loan on. */
export async function repay(
  ctx: CommandContext,
  writer: EntryWriter,
  loan: LoadedLoan,
  input: {
    date: string;
    amount: number;
    meetingId: string | null;
    bankAccountId?: string | null | undefined;
    note?: string | undefined;
  },
  field: string,
): Promise<void> {
  if (loan.row.group_id !== writer.book.group.id)
    throw new DomainError('loan.not_in_group', { field: `${field}.loanId` });
  if (loan.state.status === 'cancelled') {
    throw new DomainError('loan.not_active', { field: `${field}.loanId`, params: { status: 'cancelled' } });
  }
  const before = positionOf(loan, input.date);
  const split = withField(field, () => allocateRepayment(before, input.amount));
  writer.add({
    kind: 'loan_repayment',
    date: input.date,
    personId: loan.row.person_id,
    loanId: loan.row.id,
    meetingId: input.meetingId,
    amount: input.amount,
    note: input.note,
    postings: postingsFor({
      kind: 'loan_repayment',
      personId: loan.row.person_id,
      loanId: loan.row.id,
      ...split,
      bankAccountId: input.bankAccountId,
    }),
  });
  loan.state = {
    ...loan.state,
    principal_paid: Number(loan.state.principal_paid) + split.principal,
    interest_paid: Number(loan.state.interest_paid) + split.interest,
    penalty_due: Number(loan.state.penalty_due) - split.penalty,
  };
  const after = positionOf(loan, input.date);
  for (const [i, inst] of after.instalments.entries()) {
    const wasPaid = before.instalments[i]?.paidOn !== null;
    if (inst.paidOn !== null && !wasPaid && inst.dueOn >= input.date) {
      writer.count(inst.dueOn.slice(0, 7), { instalments_paid_on_time: 1 });
    }
  }
  await saveState(ctx, loan, after, input.date, writer.book.group.area_id);
}

/** Runs a core rule and names the request field of any refusal: `loanId` becomes `repayments.2.loanId`. */
function withField<T>(prefix: string, rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const field = error.field ? `${prefix}.${error.field}` : prefix;
    throw new DomainError(error.code, {
      field,
      params: error.params,
      ...(error.details ? { details: error.details } : {}),
    });
  }
}

/** Adds a late-repayment penalty to what the loan owes. */
export async function levyPenalty(
  ctx: CommandContext,
  loan: LoadedLoan,
  amount: number,
  field: string,
  groupId: string,
) {
  if (loan.row.group_id !== groupId) throw new DomainError('loan.not_in_group', { field });
  if (loan.state.status !== 'active') {
    throw new DomainError('loan.not_active', { field, params: { status: loan.state.status } });
  }
  loan.state = { ...loan.state, penalty_due: Number(loan.state.penalty_due) + amount };
  await ctx.trx
    .updateTable('loan_states')
    .set({ penalty_due: loan.state.penalty_due })
    .where('org_id', '=', ctx.org.id)
    .where('loan_id', '=', loan.row.id)
    .execute();
}

/** Writes where the loan now stands and tells the devices of the group's area and of the group. */
export async function saveState(
  ctx: CommandContext,
  loan: LoadedLoan,
  position: LoanPosition,
  date: string,
  areaId: string | null,
) {
  const paidInstalments = position.instalments.filter((i) => i.paidOn !== null).length;
  const next = position.instalments.find((i) => i.paidOn === null);
  const closed = position.status === 'repaid' || position.status === 'written_off';
  loan.state = {
    ...loan.state,
    paid_instalments: paidInstalments,
    next_due_on: closed ? null : (next?.dueOn ?? null),
    status:
      position.status === 'written_off' ? 'written_off' : position.status === 'repaid' ? 'repaid' : 'active',
    closed_on: closed ? (loan.state.closed_on ?? date) : null,
  };
  const s = loan.state;
  const params = [
    s.group_id,
    s.principal_paid,
    s.interest_paid,
    s.penalty_due,
    s.paid_instalments,
    s.next_due_on,
    s.status,
    s.closed_on,
    s.org_id,
    s.loan_id,
  ];
  await executeReused(ctx.trx, ctx.dialect, 'save loan state', params, () =>
    ctx.trx
      .updateTable('loan_states')
      .set({
        group_id: s.group_id,
        principal_paid: s.principal_paid,
        interest_paid: s.interest_paid,
        penalty_due: s.penalty_due,
        paid_instalments: s.paid_instalments,
        next_due_on: s.next_due_on,
        status: s.status,
        closed_on: s.closed_on,
      })
      .where('org_id', '=', s.org_id)
      .where('loan_id', '=', s.loan_id),
  );
  ctx.emit({
    entity: 'loan',
    entityId: loan.row.id,
    op: 'update',
    areaId,
    groupId: loan.row.group_id,
    data: {
      id: loan.row.id,
      status: loan.state.status,
      principalPaid: loan.state.principal_paid,
      interestPaid: loan.state.interest_paid,
      penaltyDue: loan.state.penalty_due,
      nextDueOn: loan.state.next_due_on,
    },
  });
}

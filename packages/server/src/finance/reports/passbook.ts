import { DomainError, formatMoney, type Locale, memberAccounts, numberLocaleOf } from '@groundwork/core';
import { groupRef } from './books.ts';
import { type DateRange, type GroupScope, groupPostingsWithReversal } from './context.ts';
import {
  type Column,
  describeEntry,
  type EntryRef,
  periodFact,
  type ReportDocument,
  type Row,
  type Table,
  type Translate,
} from './document.ts';
import { formatDate } from './format.ts';

interface PostingRow {
  entry_id: string;
  entry_date: string;
  account: string;
  sub: string | null;
  amount: number;
  kind: string;
  note: string | null;
  reverses_id: string | null;
  reversed_kind: string | null;
  reversed_on: string | null;
}

export interface LineBase extends EntryRef {
  date: string;
  note: string | null;
  balance: number;
}

/** One account of the member over the period: what she had before it, each line, what she has at its end. */
export interface Section<K extends string> {
  opening: number;
  lines: (LineBase & Record<K, number>)[];
  closing: number;
}

export type SavingsColumn = 'deposit' | 'withdrawal';
export type LoanColumn = 'disbursed' | 'principal' | 'interest' | 'penalty' | 'writtenOff';
export type FineColumn = 'levied' | 'paid' | 'waived';
export type SocialFundColumn = 'contributed' | 'paidOut';

export interface PassbookLoan extends Section<LoanColumn> {
  loanId: string;
  disbursedOn: string;
  principal: number;
  rateBps: number;
  method: string;
  frequency: string;
  instalments: number;
}

export interface Passbook extends DateRange {
  report: 'passbook';
  currency: string;
  group: { id: string; name: string };
  member: { id: string; name: string };
  savings: Section<SavingsColumn>;
  loans: PassbookLoan[];
  fines: Section<FineColumn>;
  socialFund: Section<SocialFundColumn>;
  /** Her balances at the end of the period: what she has saved, owes on loans and in fines, and gave to the social fund. */
  closing: { savings: number; loans: number; fines: number; socialFund: number };
}

/** The kind an entry counts as: a correction counts as the entry it cancels, with its amounts turned round. */
const effectiveKind = (r: PostingRow) => (r.kind === 'reversal' ? (r.reversed_kind ?? '') : r.kind);

type Rule<K extends string> = [column: K, sign: 1 | -1];

interface Move<K extends string> {
  row: PostingRow;
  amounts: Record<K, number>;
  /** How much the line moves her balance. */
  delta: number;
}

function lineBase(r: PostingRow, to: string): Omit<LineBase, 'balance'> {
  return {
    date: r.entry_date,
    entryId: r.entry_id,
    kind: r.kind,
    reverses: r.reverses_id ? { entryId: r.reverses_id, kind: r.reversed_kind ?? '' } : null,
    reversed: r.reversed_on !== null && r.reversed_on <= to,
    note: r.note,
  };
}

/** Runs the balance through the lines: those before the period make the opening balance. */
function running<K extends string>(moves: Move<K>[], range: DateRange): Section<K> {
  let balance = 0;
  let opening = 0;
  const lines: Section<K>['lines'] = [];
  for (const m of moves) {
    balance += m.delta;
    if (m.row.entry_date < range.from) opening = balance;
    else lines.push({ ...lineBase(m.row, range.to), ...m.amounts, balance });
  }
  return { opening, lines, closing: balance };
}

const zeros = <K extends string>(columns: readonly K[]) =>
  Object.fromEntries(columns.map((c) => [c, 0])) as Record<K, number>;

/**
 * One of her accounts, line by line. Each kind of entry has its column and the sign that makes it read
 * as a positive figure (a deposit credits her savings, so it is minus the posting); a correction lands
 * in the column of the entry it cancels, as a negative figure. A kind the rules do not name goes by the
 * direction of the posting.
 */
function accountSection<K extends string>(
  rows: PostingRow[],
  account: string,
  columns: readonly K[],
  rules: Record<string, Rule<K>>,
  byDirection: (amount: number) => Rule<K>,
  natural: 1 | -1,
  range: DateRange,
): Section<K> {
  const moves = rows
    .filter((r) => r.account === account)
    .map((row): Move<K> => {
      const [column, sign] = rules[effectiveKind(row)] ?? byDirection(row.amount);
      const amounts = zeros(columns);
      amounts[column] = sign * row.amount;
      return { row, amounts, delta: natural * row.amount };
    });
  return running(moves, range);
}

const loanColumns: readonly LoanColumn[] = ['disbursed', 'principal', 'interest', 'penalty', 'writtenOff'];
const loanKinds = new Set(['loan_disbursement', 'loan_repayment', 'loan_write_off']);

/**
 * One loan's page: the disbursement, each repayment split into principal, interest and penalty, a
 * write-off, and the principal still to repay after each. Penalties charged on the loan are fines and
 * appear among her fines; the part of a repayment that pays them shows on both pages.
 */
function loanSection(rows: PostingRow[], loanId: string, range: DateRange): Section<LoanColumn> {
  const moves: Move<LoanColumn>[] = [];
  for (const row of rows) {
    if (row.sub !== loanId || !loanKinds.has(effectiveKind(row))) continue;
    let move = moves.at(-1);
    if (move?.row.entry_id !== row.entry_id) {
      move = { row, amounts: zeros(loanColumns), delta: 0 };
      moves.push(move);
    }
    const kind = effectiveKind(row);
    if (row.account === 'loans_receivable') {
      move.delta += row.amount;
      if (kind === 'loan_disbursement') move.amounts.disbursed += row.amount;
      else if (kind === 'loan_write_off') move.amounts.writtenOff -= row.amount;
      else move.amounts.principal -= row.amount;
    } else if (row.account === 'interest_income') {
      move.amounts.interest -= row.amount;
    } else if (row.account === 'fines_receivable') {
      move.amounts.penalty -= row.amount;
    }
  }
  return running(moves, range);
}

function postingsQuery(scope: GroupScope, to: string) {
  return groupPostingsWithReversal(scope)
    .select([
      'p.entry_id',
      'p.entry_date',
      'p.account',
      'p.sub',
      'p.amount',
      'e.kind',
      'e.note',
      'e.reverses_id',
      'o.kind as reversed_kind',
      'r.entry_date as reversed_on',
    ])
    .where('p.entry_date', '<=', to);
}

/**
 * Every posting that touches her up to `to`: those in her name (savings, loans, fines, social fund) and
 * the interest paid on her loans, which the books keep in the group's income without her name.
 */
async function memberPostings(scope: GroupScope, personId: string, to: string): Promise<PostingRow[]> {
  const herLoans = scope.db
    .selectFrom('loans')
    .select('id')
    .where('org_id', '=', scope.orgId)
    .where('person_id', '=', personId)
    .where('group_id', '=', scope.group.id);
  const [own, interest] = await Promise.all([
    postingsQuery(scope, to)
      // Her accounts first, so that the index skips the group's cash and income lines.
      .where('p.account', 'in', memberAccounts)
      .where('p.person_id', '=', personId)
      .execute(),
    postingsQuery(scope, to)
      .where('p.account', '=', 'interest_income')
      .where('p.sub', 'in', herLoans)
      .execute(),
  ]);
  return [...own, ...interest]
    .map((r) => ({ ...r, amount: Number(r.amount) }))
    .sort((a, b) =>
      a.entry_date !== b.entry_date
        ? a.entry_date < b.entry_date
          ? -1
          : 1
        : a.entry_id < b.entry_id
          ? -1
          : a.entry_id > b.entry_id
            ? 1
            : 0,
    );
}

/** Her name, if she was ever a member of the group; anyone else has no passbook here. */
async function memberOf(scope: GroupScope, personId: string): Promise<{ id: string; name: string }> {
  const row = await scope.db
    .selectFrom('memberships as m')
    .innerJoin('people as pe', (j) =>
      j.onRef('pe.org_id', '=', 'm.org_id').onRef('pe.id', '=', 'm.person_id'),
    )
    .select(['pe.id', 'pe.given_name', 'pe.family_name'])
    .where('m.org_id', '=', scope.orgId)
    .where('m.group_id', '=', scope.group.id)
    .where('m.person_id', '=', personId)
    .executeTakeFirst();
  if (!row) throw new DomainError('resource.not_found');
  return { id: row.id, name: [row.given_name, row.family_name].filter(Boolean).join(' ') };
}

/**
 * A member's passbook, as her paper passbook would read: her savings, each of her loans, her fines and
 * her social fund contributions, in date order with running balances, corrections shown as such. Its
 * closing balances are exactly the ledger's balances of her accounts on `to`.
 */
export async function passbook(scope: GroupScope, personId: string, range: DateRange): Promise<Passbook> {
  const [member, rows, loanRows] = await Promise.all([
    memberOf(scope, personId),
    memberPostings(scope, personId, range.to),
    scope.db
      .selectFrom('loans')
      .select(['id', 'disbursed_on', 'principal', 'rate_bps', 'method', 'frequency', 'instalments'])
      .where('org_id', '=', scope.orgId)
      .where('person_id', '=', personId)
      .where('group_id', '=', scope.group.id)
      .where('disbursed_on', '<=', range.to)
      .orderBy('disbursed_on')
      .orderBy('id')
      .execute(),
  ]);
  const savings = accountSection<SavingsColumn>(
    rows,
    'member_savings',
    ['deposit', 'withdrawal'],
    {
      saving_deposit: ['deposit', -1],
      saving_withdrawal: ['withdrawal', 1],
      share_out_payout: ['withdrawal', 1],
    },
    (amount) => (amount < 0 ? ['deposit', -1] : ['withdrawal', 1]),
    -1,
    range,
  );
  const fines = accountSection<FineColumn>(
    rows,
    'fines_receivable',
    ['levied', 'paid', 'waived'],
    {
      fine_levied: ['levied', 1],
      fine_paid: ['paid', -1],
      loan_repayment: ['paid', -1],
      fine_waived: ['waived', -1],
    },
    (amount) => (amount > 0 ? ['levied', 1] : ['paid', -1]),
    1,
    range,
  );
  const socialFund = accountSection<SocialFundColumn>(
    rows,
    'social_fund',
    ['contributed', 'paidOut'],
    { social_fund_contribution: ['contributed', -1], social_fund_payout: ['paidOut', 1] },
    (amount) => (amount < 0 ? ['contributed', -1] : ['paidOut', 1]),
    -1,
    range,
  );
  const loans = loanRows
    .map(
      (l): PassbookLoan => ({
        loanId: l.id,
        disbursedOn: l.disbursed_on,
        principal: Number(l.principal),
        rateBps: Number(l.rate_bps),
        method: l.method,
        frequency: l.frequency,
        instalments: Number(l.instalments),
        ...loanSection(rows, l.id, range),
      }),
    )
    .filter((l) => l.lines.length > 0 || l.opening !== 0 || l.closing !== 0);
  return {
    report: 'passbook',
    currency: scope.currency,
    group: groupRef(scope),
    member,
    ...range,
    savings,
    loans,
    fines,
    socialFund,
    closing: {
      savings: savings.closing,
      loans: loans.reduce((sum, l) => sum + l.closing, 0),
      fines: fines.closing,
      socialFund: socialFund.closing,
    },
  };
}

const dateColumns: Column[] = [
  { key: 'date', label: 'report.column.date', type: 'date' },
  { key: 'description', label: 'report.column.description', type: 'text' },
  { key: 'note', label: 'report.column.note', type: 'text' },
];

const money = (key: string, label: Column['label']): Column => ({ key, label, type: 'money' });

function sectionTable<K extends string>(
  t: Translate,
  heading: string,
  section: Section<K>,
  columns: [K, Column['label']][],
  balance: Column,
  range: DateRange,
): Table {
  const shownAmount = (value: number) => (value === 0 ? null : value);
  return {
    heading,
    columns: [...dateColumns, ...columns.map(([key, label]) => money(key, label)), balance],
    rows: [
      { date: range.from, description: t('report.line.opening_balance'), [balance.key]: section.opening },
      ...section.lines.map((line): Row => {
        const row: Row = { date: line.date, description: describeEntry(t, line), note: line.note };
        for (const [key] of columns) row[key] = shownAmount(line[key]);
        row[balance.key] = line.balance;
        return row;
      }),
    ],
    footer: [
      { date: range.to, description: t('report.line.closing_balance'), [balance.key]: section.closing },
    ],
  };
}

export function passbookDocument(data: Passbook, t: Translate, locale: Locale): ReportDocument {
  const balance = money('balance', 'report.column.balance');
  const loanHeading = (l: PassbookLoan) =>
    t('report.section.loan', {
      date: formatDate(l.disbursedOn, locale),
      amount: formatMoney(l.principal, data.currency, numberLocaleOf(locale)),
    });
  return {
    file: `passbook_${data.from}_${data.to}`,
    title: 'report.title.passbook',
    subject: data.group.name,
    currency: data.currency,
    facts: [
      { label: 'report.fact.member', value: data.member.name, type: 'text' },
      periodFact(t, locale, data.from, data.to),
      { label: 'report.fact.savings_balance', value: data.closing.savings, type: 'money' },
      { label: 'report.fact.loan_balance', value: data.closing.loans, type: 'money' },
      { label: 'report.fact.fines_due', value: data.closing.fines, type: 'money' },
      { label: 'report.fact.social_fund_balance', value: data.closing.socialFund, type: 'money' },
    ],
    notes: [],
    tables: [
      sectionTable(
        t,
        t('report.section.savings'),
        data.savings,
        [
          ['deposit', 'report.column.deposit'],
          ['withdrawal', 'report.column.withdrawal'],
        ],
        balance,
        data,
      ),
      ...data.loans.map((l) =>
        sectionTable(
          t,
          loanHeading(l),
          l,
          [
            ['disbursed', 'report.column.disbursed'],
            ['principal', 'report.column.principal'],
            ['interest', 'report.column.interest'],
            ['penalty', 'report.column.penalty'],
            ['writtenOff', 'report.column.written_off'],
          ],
          money('principalBalance', 'report.column.principal_balance'),
          data,
        ),
      ),
      sectionTable(
        t,
        t('report.section.fines'),
        data.fines,
        [
          ['levied', 'report.column.levied'],
          ['paid', 'report.column.paid'],
          ['waived', 'report.column.waived'],
        ],
        money('due', 'report.column.due'),
        data,
      ),
      sectionTable(
        t,
        t('report.section.social_fund'),
        data.socialFund,
        [
          ['contributed', 'report.column.contributed'],
          ['paidOut', 'report.column.paid_out'],
        ],
        balance,
        data,
      ),
    ],
  };
}

/** Tables of the group books (migration 0002). JSON is stored as text. */
type Json = string;

interface Owned {
  org_id: string;
  id: string;
  group_id: string;
}

export interface BankAccountsTable extends Owned {
  bank_name: string;
  branch: string | null;
  account_number_last4: string | null;
  opened_on: string;
  created_at: string;
}

export interface MeetingsTable extends Owned {
  held_on: string;
  status: 'open' | 'closed';
  minutes: string | null;
  decisions: Json;
  agenda: Json;
  activities: Json;
  recorded_by: string;
  recorded_at: string;
  closed_at: string | null;
}

export interface AttendanceTable {
  org_id: string;
  meeting_id: string;
  person_id: string;
  status: string;
}

export interface LoansTable extends Owned {
  person_id: string;
  meeting_id: string | null;
  disbursed_on: string;
  principal: number;
  rate_bps: number;
  method: string;
  instalments: number;
  frequency: string;
  grace_periods: number;
  purpose: string;
  created_at: string;
}

export interface LoanInstalmentsTable {
  org_id: string;
  loan_id: string;
  number: number;
  group_id: string;
  due_on: string;
  principal: number;
  interest: number;
}

/** What the entries say about each loan, kept beside them so that lists and reports need no replay. */
export interface LoanStatesTable {
  org_id: string;
  loan_id: string;
  group_id: string;
  principal_paid: number;
  interest_paid: number;
  /** Late-repayment penalties levied on the loan and not yet paid or waived. */
  penalty_due: number;
  paid_instalments: number;
  next_due_on: string | null;
  status: 'active' | 'repaid' | 'written_off' | 'cancelled';
  closed_on: string | null;
}

export interface ExternalLoansTable extends Owned {
  lender: string;
  received_on: string;
  amount: number;
}

export interface SavingsCyclesTable extends Owned {
  started_on: string;
  planned_end_on: string;
  share_price: number | null;
  created_at: string;
}

export interface ShareOutsTable extends Owned {
  cycle_id: string;
  held_on: string;
  fund: number;
  value: number;
  rule: string;
  created_at: string;
}

export interface FinEntriesTable extends Owned {
  meeting_id: string | null;
  kind: string;
  entry_date: string;
  person_id: string | null;
  loan_id: string | null;
  amount: number;
  note: string | null;
  reverses_id: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface FinPostingsTable {
  org_id: string;
  entry_id: string;
  line: number;
  group_id: string;
  entry_date: string;
  account: string;
  person_id: string | null;
  sub: string | null;
  amount: number;
}

export interface BankStatementsTable extends Owned {
  bank_account_id: string;
  statement_date: string;
  balance: number;
  recorded_by: string;
  recorded_at: string;
}

/** Net debit minus credit per group, month and account (bank accounts apart): a running summary of fin_postings. */
export interface FinMonthlyTable {
  org_id: string;
  group_id: string;
  month: string;
  account: string;
  /** The bank account for `bank`; '' for every other account. */
  sub: string;
  amount: number;
}

/**
 * Net debit minus credit per group, account, sub-ledger and member: every balance as it stands today,
 * kept with every entry, so that no command or page sums the postings to know one.
 */
export interface FinBalancesTable {
  org_id: string;
  group_id: string;
  account: string;
  /** The posting's sub-ledger (bank account, loan, fund, lender, category); '' when it has none. */
  sub: string;
  /** The member; '' for the group's own accounts. */
  person_id: string;
  amount: number;
}

/** Counts per group and month behind the Panchasutra grade and attendance figures. */
export interface GroupMonthsTable {
  org_id: string;
  group_id: string;
  month: string;
  meetings_held: number;
  meetings_closed: number;
  meetings_recorded_late: number;
  member_meetings: number;
  present: number;
  savings_made: number;
  loans_disbursed: number;
  instalments_due: number;
  instalments_paid_on_time: number;
}

export interface FinanceTables {
  bank_accounts: BankAccountsTable;
  meetings: MeetingsTable;
  attendance: AttendanceTable;
  loans: LoansTable;
  loan_instalments: LoanInstalmentsTable;
  loan_states: LoanStatesTable;
  external_loans: ExternalLoansTable;
  savings_cycles: SavingsCyclesTable;
  share_outs: ShareOutsTable;
  fin_entries: FinEntriesTable;
  fin_postings: FinPostingsTable;
  bank_statements: BankStatementsTable;
  fin_monthly: FinMonthlyTable;
  fin_balances: FinBalancesTable;
  group_months: GroupMonthsTable;
}

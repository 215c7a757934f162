import { type Constitution, type GroupCreate, groupCreate } from '@groundwork/core';
import type { Tables } from '../db/schema.ts';
import { areaCodesOf, type CsvKind, type Currency, columnFrom, type RowReader, toMajor } from './csv-kind.ts';

const fieldColumns: Record<string, string> = {
  id: 'id',
  kind: 'kind',
  name: 'name',
  areaId: 'area_id',
  formedOn: 'formed_on',
  cadence: 'cadence',
  meetingWeekday: 'meeting_weekday',
  meetingDayOfMonth: 'meeting_day_of_month',
  parentId: 'parent_id',
  status: 'status',
  constitution: 'saving_amount',
  'constitution.savingAmountPerMeeting': 'saving_amount',
  'constitution.sharePrice': 'share_price',
  'constitution.interestRateBpsPerMonth': 'interest_rate_percent_per_month',
  'constitution.loanCapMultipleOfSavings': 'loan_cap_multiple_of_savings',
  'constitution.loanCapAmount': 'loan_cap_amount',
  'constitution.shareOutRule': 'share_out_rule',
  'constitution.fineRules': 'fines',
};

const constitutionColumns = [
  'saving_amount',
  'share_price',
  'interest_rate_percent_per_month',
  'loan_cap_multiple_of_savings',
  'loan_cap_amount',
  'share_out_rule',
  'fines',
];

function readFines(r: RowReader, currency: Currency) {
  return r.list('fines')?.map((item) => {
    const [reason, amount, ...label] = item.split(':').map((s) => s.trim());
    return {
      reason: reason?.toLowerCase(),
      amount: r.scaled('fines', currency.exponent, amount || undefined),
      ...(label.length > 0 ? { label: label.join(':') } : {}),
    };
  });
}

function readConstitution(r: RowReader, currency: Currency) {
  if (constitutionColumns.every((c) => r.text(c) === undefined)) return undefined;
  return {
    savingAmountPerMeeting: r.scaled('saving_amount', currency.exponent),
    sharePrice: r.scaled('share_price', currency.exponent),
    interestRateBpsPerMonth: r.scaled('interest_rate_percent_per_month', 2),
    loanCapMultipleOfSavings: r.number('loan_cap_multiple_of_savings'),
    loanCapAmount: r.scaled('loan_cap_amount', currency.exponent),
    shareOutRule: r.word('share_out_rule'),
    fineRules: readFines(r, currency),
  };
}

function constitutionCells(json: string | null, currency: Currency) {
  if (!json) return {};
  const c = JSON.parse(json) as Constitution;
  const money = (amount: number | undefined) =>
    amount === undefined ? null : toMajor(amount, currency.exponent);
  return {
    saving_amount: money(c.savingAmountPerMeeting),
    share_price: money(c.sharePrice),
    interest_rate_percent_per_month: String(c.interestRateBpsPerMonth / 100),
    loan_cap_multiple_of_savings:
      c.loanCapMultipleOfSavings === undefined ? null : String(c.loanCapMultipleOfSavings),
    loan_cap_amount: money(c.loanCapAmount),
    share_out_rule: c.shareOutRule,
    fines: c.fineRules.map((f) => [f.reason, money(f.amount), f.label].filter(Boolean).join(':')).join(';'),
  };
}

type GroupRow = Tables['groups'];

/** Federations are written before the groups and federations that belong to them, so the file re-imports. */
function parentsFirst(rows: GroupRow[]): GroupRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const placed = new Set<string>();
  const ordered: GroupRow[] = [];
  const place = (row: GroupRow) => {
    if (placed.has(row.id)) return;
    placed.add(row.id);
    const parent = row.parent_id ? byId.get(row.parent_id) : undefined;
    if (parent) place(parent);
    ordered.push(row);
  };
  for (const row of rows) place(row);
  return ordered;
}

export const groupsCsv: CsvKind<GroupCreate> = {
  noun: 'groups',
  messages: {
    imported: 'cli.import.groups_done',
    exported: 'cli.export.groups_done',
    exportedToFile: 'cli.export.groups_done_to_file',
  },
  commandType: 'group.create',
  table: 'groups',
  columns: [
    ['id', 'optional: keep this id (an export carries it, and parent_id may name it)'],
    ['kind', 'required: shg, savings_group, cooperative, health_committee or federation'],
    ['name', 'required'],
    ['area_code', 'the code of one of the organisation’s areas'],
    ['area_id', 'or the area’s id, when area_code is empty'],
    ['formed_on', 'required: YYYY-MM-DD'],
    ['cadence', 'required: weekly, fortnightly or monthly'],
    ['meeting_weekday', 'monday … sunday'],
    ['meeting_day_of_month', '1-28'],
    ['parent_id', 'the federation it belongs to (in the database or an earlier row)'],
    ['status', 'active (default), dormant or closed'],
    ['saving_amount', 'saving per member per meeting, in the currency’s major unit: 100 or 100.50'],
    ['share_price', 'major unit'],
    ['interest_rate_percent_per_month', 'required with saving_amount: 2 or 1.5'],
    ['loan_cap_multiple_of_savings', 'largest loan as a multiple of her savings: 2'],
    ['loan_cap_amount', 'major unit'],
    ['share_out_rule', 'proportional (default) or equal'],
    ['fines', 'reason:amount[:label] separated by semicolons: absence:10;late:5'],
  ],
  schema: groupCreate,
  read(r, currency) {
    return {
      id: r.text('id'),
      kind: r.word('kind'),
      name: r.text('name'),
      areaId: r.text('area_id'),
      formedOn: r.text('formed_on'),
      cadence: r.word('cadence'),
      meetingWeekday: r.word('meeting_weekday'),
      meetingDayOfMonth: r.integer('meeting_day_of_month'),
      parentId: r.text('parent_id'),
      status: r.word('status'),
      constitution: readConstitution(r, currency),
    };
  },
  columnOf: (field) => columnFrom(fieldColumns, field),
  async *pages(database, org, currency) {
    const areaCodes = await areaCodesOf(database, org.id);
    const toCells = (g: GroupRow) => ({
      id: g.id,
      kind: g.kind,
      name: g.name,
      area_code: g.area_id ? areaCodes.get(g.area_id) : null,
      area_id: g.area_id,
      formed_on: g.formed_on,
      cadence: g.cadence,
      meeting_weekday: g.meeting_weekday,
      meeting_day_of_month: g.meeting_day_of_month === null ? null : String(g.meeting_day_of_month),
      parent_id: g.parent_id,
      status: g.status,
      ...constitutionCells(g.constitution, currency),
    });
    const groups = database.db.selectFrom('groups').selectAll().where('org_id', '=', org.id).orderBy('id');
    const federations = await groups.where('kind', '=', 'federation').execute();
    if (federations.length > 0) yield parentsFirst(federations).map(toCells);
    let after = '';
    for (;;) {
      const page = await groups
        .where('kind', '!=', 'federation')
        .where('id', '>', after)
        .limit(1000)
        .execute();
      const last = page.at(-1);
      if (!last) return;
      yield page.map(toCells);
      after = last.id;
    }
  },
};

import {
  type Actor,
  isScoped,
  type Locale,
  type VoucherCategory,
  type VoucherCounts,
  type VoucherReport,
  voucherCategories,
} from '@groundwork/core';
import { type Kysely, sql } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import { periodFact, type ReportDocument, type Row, type Translate } from '../../finance/reports/document.ts';
import { formatDate } from '../../finance/reports/format.ts';
import { visiblePeople } from '../distributions/scope.ts';

const zero = (): VoucherCounts => ({
  issued: 0,
  used: 0,
  expired: 0,
  cancelled: 0,
  valueIssued: 0,
  valueUsed: 0,
});

function add(into: VoucherCounts, line: VoucherCounts) {
  into.issued += line.issued;
  into.used += line.used;
  into.expired += line.expired;
  into.cancelled += line.cancelled;
  into.valueIssued += line.valueIssued;
  into.valueUsed += line.valueUsed;
}

/**
 * Vouchers issued between two dates, per month of issue and category, with what became of them by
 * `asOf`: used, expired unused, cancelled, and the value issued and used. A scoped worker counts the
 * people of her areas only.
 */
export async function voucherReport(
  db: Kysely<Tables>,
  actor: Actor,
  org: { name: string; currency: string },
  range: { from: string; to: string },
  asOf: string,
): Promise<VoucherReport> {
  const month = sql<string>`substr(v.issued_on, 1, 7)`;
  let query = db
    .selectFrom('vouchers as v')
    .select([
      month.as('month'),
      'v.category',
      sql<number>`count(*)`.as('issued'),
      sql<number>`sum(case when v.used_on is not null then 1 else 0 end)`.as('used'),
      sql<number>`sum(case when v.used_on is null and v.cancelled_at is null and v.expires_on < ${asOf} then 1 else 0 end)`.as(
        'expired',
      ),
      sql<number>`sum(case when v.cancelled_at is not null then 1 else 0 end)`.as('cancelled'),
      sql<number>`sum(case when v.cancelled_at is null then v.value_minor else 0 end)`.as('value_issued'),
      sql<number>`sum(coalesce(v.used_amount_minor, 0))`.as('value_used'),
    ])
    .where('v.org_id', '=', actor.orgId)
    .where('v.issued_on', '>=', range.from)
    .where('v.issued_on', '<=', range.to);
  if (isScoped(actor)) query = query.where('v.person_id', 'in', visiblePeople(db, actor));
  const rows = await query.groupBy([month, 'v.category']).orderBy(month).orderBy('v.category').execute();
  const lines = rows.map((r) => ({
    month: r.month,
    category: r.category as VoucherCategory,
    issued: Number(r.issued),
    used: Number(r.used),
    expired: Number(r.expired),
    cancelled: Number(r.cancelled),
    valueIssued: Number(r.value_issued),
    valueUsed: Number(r.value_used),
  }));
  const totals = {
    ...(Object.fromEntries(voucherCategories.map((c) => [c, zero()])) as Record<
      VoucherCategory,
      VoucherCounts
    >),
    all: zero(),
  };
  for (const line of lines) {
    add(totals[line.category], line);
    add(totals.all, line);
  }
  return {
    report: 'vouchers',
    currency: org.currency,
    organisation: org.name,
    ...range,
    asOf,
    lines,
    totals,
  };
}

const categoryLabels = {
  child_under_five: 'vouchers.category.child_under_five',
  pregnant_woman: 'vouchers.category.pregnant_woman',
  least_access: 'vouchers.category.least_access',
} as const;

const countsRow = (c: VoucherCounts): Row => ({ ...c });

export function voucherReportDocument(data: VoucherReport, t: Translate, locale: Locale): ReportDocument {
  return {
    file: `vouchers_${data.from}_${data.to}`,
    title: 'vouchers.report.title',
    subject: data.organisation,
    subjectLabel: 'report.fact.organisation',
    currency: data.currency,
    facts: [
      periodFact(t, locale, data.from, data.to),
      { label: 'report.fact.as_of', value: data.asOf, type: 'date' },
    ],
    notes: [t('vouchers.note.cohort', { date: formatDate(data.asOf, locale) })],
    tables: [
      {
        heading: null,
        columns: [
          { key: 'month', label: 'vouchers.column.month', type: 'text' },
          { key: 'category', label: 'vouchers.column.category', type: 'text' },
          { key: 'issued', label: 'vouchers.column.issued', type: 'count' },
          { key: 'used', label: 'vouchers.column.used', type: 'count' },
          { key: 'expired', label: 'vouchers.column.expired', type: 'count' },
          { key: 'cancelled', label: 'vouchers.column.cancelled', type: 'count' },
          { key: 'valueIssued', label: 'vouchers.column.value_issued', type: 'money' },
          { key: 'valueUsed', label: 'vouchers.column.value_used', type: 'money' },
        ],
        rows: data.lines.map((l) => ({
          ...countsRow(l),
          month: l.month,
          category: t(categoryLabels[l.category]),
        })),
        footer:
          data.lines.length > 0
            ? [
                ...voucherCategories
                  .filter((c) => data.totals[c].issued > 0)
                  .map((c) => ({
                    ...countsRow(data.totals[c]),
                    month: t('vouchers.total'),
                    category: t(categoryLabels[c]),
                  })),
                {
                  ...countsRow(data.totals.all),
                  month: t('vouchers.total'),
                  category: t('vouchers.all_categories'),
                },
              ]
            : [],
        empty: t('vouchers.empty'),
      },
    ],
  };
}

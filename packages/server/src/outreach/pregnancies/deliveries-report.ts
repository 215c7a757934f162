import {
  type Actor,
  type DeliveryPlace,
  DomainError,
  type FacilityDeliveriesReport,
  type FacilityDeliveryCounts,
  facilityDeliveryShares,
  type Locale,
  monthsFrom,
} from '@groundwork/core';
import type { Kysely } from 'kysely';
import { peopleInScope } from '../../access/scope-sql.ts';
import type { Tables } from '../../db/schema.ts';
import type { Column, ReportDocument, Row, Translate } from '../../finance/reports/document.ts';
import { periodFact } from '../../finance/reports/document.ts';

/** Five years of months at most: enough for a trend, small enough to answer at once. */
export const longestPeriodMonths = 60;

export function checkPeriod(from: string, to: string): void {
  if (from > to) throw new DomainError('pregnancy.period_order', { field: 'from' });
  if (monthsFrom(from, to).length > longestPeriodMonths) {
    throw new DomainError('pregnancy.period_too_long', {
      field: 'to',
      params: { months: longestPeriodMonths },
    });
  }
}

/**
 * The facility-delivery indicator (defined in core, `facility-deliveries.ts`) for the deliveries the
 * reader may see: of her organisation, within her scope, in the areas asked about.
 */
export async function facilityDeliveries(
  db: Kysely<Tables>,
  actor: Actor,
  areaIds: string[] | null,
  from: string,
  to: string,
): Promise<Omit<FacilityDeliveriesReport, 'areaId'>> {
  let query = db
    .selectFrom('people')
    .innerJoin('pregnancies as p', (j) =>
      j.onRef('p.org_id', '=', 'people.org_id').onRef('p.person_id', '=', 'people.id'),
    )
    .select(['people.area_id', 'p.delivered_on', 'p.delivery_place'])
    .where('people.org_id', '=', actor.orgId)
    .where(peopleInScope(actor))
    .where('p.delivered_on', '>=', from)
    .where('p.delivered_on', '<=', to);
  if (areaIds) query = query.where('people.area_id', 'in', areaIds);
  const rows = await query.execute();
  const shares = facilityDeliveryShares(
    rows.map((r) => ({
      areaId: r.area_id,
      deliveredOn: r.delivered_on ?? '',
      place: r.delivery_place as DeliveryPlace,
    })),
    from,
    to,
  );
  const ids = [...new Set(shares.byArea.map((r) => r.areaId).filter((id): id is string => id !== null))];
  const names = new Map<string, string>();
  if (ids.length > 0) {
    const areas = await db
      .selectFrom('areas')
      .select(['id', 'name'])
      .where('org_id', '=', actor.orgId)
      .where('id', 'in', ids)
      .execute();
    for (const a of areas) names.set(a.id, a.name);
  }
  return {
    report: 'facility_deliveries',
    from,
    to,
    byArea: shares.byArea.map((r) => ({ ...r, areaName: r.areaId ? (names.get(r.areaId) ?? null) : null })),
    byMonth: shares.byMonth,
    total: shares.total,
  };
}

const countColumns: Column[] = [
  { key: 'deliveries', label: 'report.facility_deliveries.column.deliveries', type: 'count' },
  { key: 'facility', label: 'report.facility_deliveries.column.facility', type: 'count' },
  { key: 'home', label: 'report.facility_deliveries.column.home', type: 'count' },
  { key: 'other', label: 'report.facility_deliveries.column.other', type: 'count' },
  { key: 'facilityShareBps', label: 'report.facility_deliveries.column.share', type: 'percent' },
];

const countsRow = (c: FacilityDeliveryCounts): Row => ({
  deliveries: c.deliveries,
  facility: c.facility,
  home: c.home,
  other: c.other,
  facilityShareBps: c.facilityShareBps,
});

export function facilityDeliveriesDocument(
  data: FacilityDeliveriesReport,
  t: Translate,
  locale: Locale,
  subject: string,
): ReportDocument {
  const month: Column = { key: 'month', label: 'report.facility_deliveries.column.month', type: 'text' };
  const area: Column = { key: 'area', label: 'report.facility_deliveries.column.area', type: 'text' };
  return {
    file: `facility-deliveries_${data.from}_${data.to}`,
    title: 'report.facility_deliveries.title',
    subject,
    subjectLabel: 'report.fact.area',
    currency: null,
    facts: [periodFact(t, locale, data.from, data.to)],
    notes: [
      t('report.facility_deliveries.note.count', { count: data.total.deliveries }),
      t('report.facility_deliveries.note.definition'),
    ],
    tables: [
      {
        heading: t('report.facility_deliveries.heading.by_month'),
        columns: [area, month, ...countColumns],
        rows: data.byMonth.map((m) => ({ area: subject, month: m.month, ...countsRow(m) })),
        footer: [
          { area: subject, month: t('report.facility_deliveries.row.total'), ...countsRow(data.total) },
        ],
      },
      {
        heading: t('report.facility_deliveries.heading.by_area'),
        columns: [area, month, ...countColumns],
        rows: data.byArea.map((r) => ({
          area: r.areaName ?? t('report.facility_deliveries.no_area'),
          month: r.month,
          ...countsRow(r),
        })),
        footer: [],
      },
    ],
  };
}

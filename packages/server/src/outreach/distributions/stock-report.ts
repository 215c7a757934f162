import { type Actor, type StockLine, type StockReport, stockKey } from '@groundwork/core';
import { type Kysely, sql } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import type { ReportDocument, Translate } from '../../finance/reports/document.ts';
import { oneTableDocument } from '../documents.ts';
import { pointsInScope } from './scope.ts';

/**
 * Stock per point and item as on a date: everything in (received, counted up), everything out (given,
 * counted down) and the balance, from the movements alone.
 */
export async function stockReport(
  db: Kysely<Tables>,
  actor: Actor,
  organisation: string,
  date: string,
  pointId?: string,
): Promise<StockReport> {
  let query = db
    .selectFrom('stock_movements as m')
    .innerJoin('distribution_points', (j) =>
      j
        .onRef('distribution_points.org_id', '=', 'm.org_id')
        .onRef('distribution_points.id', '=', 'm.point_id'),
    )
    .select([
      'm.point_id',
      'distribution_points.name',
      'distribution_points.area_id',
      'm.item_key',
      'm.unit',
      'm.item',
      sql<number>`sum(case when m.quantity > 0 then m.quantity else 0 end)`.as('qty_in'),
      sql<number>`sum(case when m.quantity < 0 then -m.quantity else 0 end)`.as('qty_out'),
    ])
    .where('m.org_id', '=', actor.orgId)
    .where('m.moved_on', '<=', date)
    .where(pointsInScope(actor));
  if (pointId) query = query.where('m.point_id', '=', pointId);
  const rows = await query
    .groupBy([
      'm.point_id',
      'distribution_points.name',
      'distribution_points.area_id',
      'm.item_key',
      'm.unit',
      'm.item',
    ])
    .orderBy('distribution_points.name')
    .orderBy('m.point_id')
    .orderBy('m.item_key')
    .orderBy('m.unit')
    .execute();
  // One line per point, item and unit; an item spelt two ways ('Rice', 'rice') shows its first spelling
  // in code-unit order, the same on both databases.
  const lines: StockLine[] = [];
  for (const r of rows) {
    const last = lines.at(-1);
    const inflow = Number(r.qty_in);
    const outflow = Number(r.qty_out);
    if (last && last.pointId === r.point_id && stockKey(last.item) === r.item_key && last.unit === r.unit) {
      last.in += inflow;
      last.out += outflow;
      last.balance = last.in - last.out;
      if (r.item < last.item) last.item = r.item;
      continue;
    }
    lines.push({
      pointId: r.point_id,
      pointName: r.name,
      areaId: r.area_id,
      item: r.item,
      unit: r.unit,
      in: inflow,
      out: outflow,
      balance: inflow - outflow,
    });
  }
  return { report: 'stock', organisation, date, lines };
}

export function stockDocument(data: StockReport, t: Translate): ReportDocument {
  return oneTableDocument({
    file: `stock_${data.date}`,
    title: 'distributions.report.stock.title',
    subject: data.organisation,
    subjectLabel: 'report.fact.organisation',
    facts: [{ label: 'report.fact.as_of', value: data.date, type: 'date' }],
    columns: [
      { key: 'pointName', label: 'distributions.column.point', type: 'text' },
      { key: 'item', label: 'distributions.column.item', type: 'text' },
      { key: 'unit', label: 'distributions.column.unit', type: 'text' },
      { key: 'in', label: 'distributions.column.in', type: 'count' },
      { key: 'out', label: 'distributions.column.out', type: 'count' },
      { key: 'balance', label: 'distributions.column.balance', type: 'count' },
    ],
    rows: data.lines.map((l) => ({ ...l })),
    empty: t('distributions.empty.stock'),
  });
}

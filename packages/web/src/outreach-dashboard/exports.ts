import { type Place, placeQuery } from './place.ts';

export type ExportKind =
  | 'coverage_csv'
  | 'doses_csv'
  | 'fhir'
  | 'register_csv'
  | 'funnel_csv'
  | 'reasons_csv'
  | 'follow_ups_csv'
  | 'deliveries_csv'
  | 'stock_csv'
  | 'vouchers_csv'
  | 'dhis2'
  | 'tasks_csv';

export interface ExportLink {
  kind: ExportKind;
  path: string;
  /** The name the file is saved under when the server names none. */
  file: string;
}

export interface ExportChoice {
  place: Place;
  /** The period of the hesitancy and delivery reports, as the screen shows them. */
  range: { from: string; to: string };
  /** A DHIS2 period, `YYYYMM`. */
  period: string;
  /** Only offered to a reader allowed to see sensitive attributes, and sent only when she ticks it. */
  includeSensitive: boolean;
}

/** The exports the server offers for the chosen place and month, each with the address it is fetched from. */
export function exportLinks({ place, range, period, includeSensitive }: ExportChoice): ExportLink[] {
  const where = placeQuery(place);
  const area = new URLSearchParams({ areaId: place.areaId });
  const areaAndRange = new URLSearchParams({ areaId: place.areaId, ...range, format: 'csv' });
  const register = new URLSearchParams({ areaId: place.areaId });
  if (includeSensitive) register.set('includeSensitive', 'true');
  return [
    { kind: 'coverage_csv', path: `/api/outreach/coverage?${where}&format=csv`, file: 'coverage.csv' },
    { kind: 'doses_csv', path: `/api/outreach/exports/doses?${where}&format=csv`, file: 'doses.csv' },
    { kind: 'fhir', path: `/api/outreach/exports/fhir?${where}`, file: 'immunizations.fhir.json' },
    {
      kind: 'register_csv',
      path: `/api/outreach/exports/register.csv?${register}`,
      file: 'outreach-register.csv',
    },
    {
      kind: 'funnel_csv',
      path: `/api/outreach/hesitancy/funnel?${areaAndRange}`,
      file: 'hesitancy-funnel.csv',
    },
    {
      kind: 'reasons_csv',
      path: `/api/outreach/hesitancy/reasons?${areaAndRange}`,
      file: 'hesitancy-reasons.csv',
    },
    {
      kind: 'follow_ups_csv',
      path: `/api/outreach/hesitancy/follow-ups?${area}&format=csv`,
      file: 'hesitancy-follow-ups.csv',
    },
    {
      kind: 'deliveries_csv',
      path: `/api/outreach/deliveries?${areaAndRange}`,
      file: 'facility-deliveries.csv',
    },
    { kind: 'stock_csv', path: '/api/outreach/stock?format=csv', file: 'stock.csv' },
    {
      kind: 'vouchers_csv',
      path: `/api/outreach/vouchers/report?${new URLSearchParams({ ...range, format: 'csv' })}`,
      file: 'vouchers.csv',
    },
    {
      kind: 'dhis2',
      path: `/api/outreach/exports/dhis2?${new URLSearchParams({ period })}`,
      file: `dhis2-${period}.json`,
    },
    { kind: 'tasks_csv', path: '/api/outreach/tasks/by-worker?format=csv', file: 'tasks-by-worker.csv' },
  ];
}

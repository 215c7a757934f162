import { describe, expect, it } from 'vitest';
import { fileNameOf } from '../api/download.ts';
import { exportLinks } from './exports.ts';

const range = { from: '2025-04-01', to: '2026-03-15' };

describe('the exports panel', () => {
  it('fetches each export for the chosen drive or area and month', () => {
    const links = exportLinks({
      place: { areaId: 'w1', driveId: 'd1' },
      range,
      period: '202602',
      includeSensitive: false,
    });
    expect(Object.fromEntries(links.map((l) => [l.kind, l.path]))).toEqual({
      coverage_csv: '/api/outreach/coverage?driveId=d1&format=csv',
      doses_csv: '/api/outreach/exports/doses?driveId=d1&format=csv',
      fhir: '/api/outreach/exports/fhir?driveId=d1',
      register_csv: '/api/outreach/exports/register.csv?areaId=w1',
      funnel_csv: '/api/outreach/hesitancy/funnel?areaId=w1&from=2025-04-01&to=2026-03-15&format=csv',
      reasons_csv: '/api/outreach/hesitancy/reasons?areaId=w1&from=2025-04-01&to=2026-03-15&format=csv',
      follow_ups_csv: '/api/outreach/hesitancy/follow-ups?areaId=w1&format=csv',
      deliveries_csv: '/api/outreach/deliveries?areaId=w1&from=2025-04-01&to=2026-03-15&format=csv',
      stock_csv: '/api/outreach/stock?format=csv',
      vouchers_csv: '/api/outreach/vouchers/report?from=2025-04-01&to=2026-03-15&format=csv',
      dhis2: '/api/outreach/exports/dhis2?period=202602',
      tasks_csv: '/api/outreach/tasks/by-worker?format=csv',
    });
  });

  it('asks for sensitive details in the register only when ticked', () => {
    const links = exportLinks({
      place: { areaId: 'w1', driveId: '' },
      range,
      period: '202602',
      includeSensitive: true,
    });
    expect(links.find((l) => l.kind === 'register_csv')?.path).toBe(
      '/api/outreach/exports/register.csv?areaId=w1&includeSensitive=true',
    );
    expect(links.find((l) => l.kind === 'fhir')?.path).toBe('/api/outreach/exports/fhir?areaId=w1');
  });

  it('saves a file under the server’s name when it gives one', () => {
    expect(fileNameOf('attachment; filename="coverage_2026-03-10.csv"', 'x.csv')).toBe(
      'coverage_2026-03-10.csv',
    );
    expect(fileNameOf(null, 'doses.csv')).toBe('doses.csv');
    expect(fileNameOf('inline', 'doses.csv')).toBe('doses.csv');
  });
});

import { get, place, send } from '../../access/matrix-fixture.ts';
import type { MatrixPart } from '../matrix.ts';

/** The access table's rows for DHIS2, the network's aggregates and the register export. */
export const reportingMatrix: MatrixPart = {
  expected: {
    'GET /api/outreach/dhis2-mapping': 'ok ok ok ok 403 ok 403',
    'PUT /api/outreach/dhis2-mapping':
      'ok/ok/ref ok/ok/ref 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403',
    'GET /api/outreach/exports/dhis2': 'ok ok ok ok 403 ok 403',
    'GET /api/outreach/exports/dhis2/preview': 'ok ok ok ok 403 ok 403',
    // a partner's admin and the network's viewer see the network's suppressed aggregates
    'GET /api/network/outreach': 'ok 403 403 403 403 403 ok',
    'GET /api/outreach/exports/register.csv':
      'ok/ok/ref ok/ok/ref ok/hide/ref ok/hide/ref 403/403/403 ok/ok/ref 403/403/403',
  },
  requests: {
    'GET /api/outreach/dhis2-mapping': () => get('/api/outreach/dhis2-mapping'),
    'PUT /api/outreach/dhis2-mapping': (w, t) =>
      send('/api/outreach/dhis2-mapping', {
        indicators: [{ indicator: 'home_visits', dataElement: 'HomeVisits1' }],
        areas: [{ areaId: place(w, t).area, orgUnit: 'OrgUnit0001' }],
      }),
    'GET /api/outreach/exports/dhis2': () => get('/api/outreach/exports/dhis2?period=202601'),
    'GET /api/outreach/exports/dhis2/preview': () => get('/api/outreach/exports/dhis2/preview?period=202601'),
    'GET /api/network/outreach': () => get('/api/network/outreach?from=2026-01-01&to=2026-06-30'),
    'GET /api/outreach/exports/register.csv': (w, t) =>
      get(`/api/outreach/exports/register.csv?areaId=${place(w, t).area}`),
  },
};

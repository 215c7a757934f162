import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWorld,
  countDiff,
  markersOf,
  rowCounts,
  type Target,
  type World,
} from '../../access/matrix-fixture.ts';
import { testDatabaseKinds } from '../../db/testing.ts';
import { call } from '../../testing/harness.ts';
import { vaccinationMatrix } from './matrix.ts';
import { vaccinationRoutes } from './routes.ts';

const matrixRoles = [
  'admin',
  'coordinator',
  'field_worker',
  'health_worker',
  'group_leader',
  'viewer',
  'network_viewer',
] as const;
const statusesOf: Record<string, number[]> = { ok: [200, 201], hide: [403, 404], ref: [404, 422] };
const allowed = (cell: string) => statusesOf[cell] ?? [Number(cell)];

/**
 * Vaccination's rows of the access table, run as `access/matrix.test.ts` runs them: every route, every
 * role, every target, the answer access decides, nothing written by a refusal and nothing of B shown.
 */
describe.each(testDatabaseKinds())('vaccination access rows on $name', (kind) => {
  let w: World;

  beforeAll(async () => {
    w = await buildWorld(kind);
  });
  afterAll(() => w.t.close());

  it('has a row and a request for every vaccination route', () => {
    const keys = vaccinationRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(Object.keys(vaccinationMatrix.expected).sort()).toEqual(keys);
    expect(Object.keys(vaccinationMatrix.requests).sort()).toEqual(keys);
  });

  for (const route of vaccinationRoutes) {
    const key = `${route.method} ${route.url}`;
    it(key, async () => {
      const mismatches: string[] = [];
      const cells = (vaccinationMatrix.expected[key] as string).split(' ');
      for (const [i, role] of matrixRoles.entries()) {
        const parts = (cells[i] as string).split('/');
        const targets: Target[] = parts.length === 1 ? ['in'] : ['in', 'out', 'b'];
        for (const [j, target] of targets.entries()) {
          const prepared = await vaccinationMatrix.requests[key]!(w, target, role);
          const before = await rowCounts(w.t.database.db);
          const res = await call(w.t.app, {
            method: route.method,
            url: prepared.url,
            token: w.users[role].token,
            payload: prepared.body,
          });
          const cell = parts[j] as string;
          if (!allowed(cell).includes(res.statusCode)) {
            mismatches.push(
              `${role} → ${target}: expected ${cell}, got ${res.statusCode} ${res.body.slice(0, 120)}`,
            );
          }
          if (res.statusCode >= 400) {
            const diff = countDiff(before, await rowCounts(w.t.database.db));
            if (diff.length > 0) mismatches.push(`${role} → ${target}: refused yet wrote ${diff.join(', ')}`);
          }
          const markers = target === 'b' ? [...markersOf(w.b), ...(prepared.made ?? [])] : markersOf(w.b);
          for (const marker of markers) {
            if (res.body.includes(marker))
              mismatches.push(`${role} → ${target}: the answer holds B's ${marker}`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});

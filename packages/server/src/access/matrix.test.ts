import { newId, type Role, roles, scopedRoles } from '@groundwork/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { testDatabaseKinds } from '../db/testing.ts';
import type { AnyRoute } from '../http/route.ts';
import { allRoutes } from '../http/routes.ts';
import { outreachMatrix } from '../outreach/matrix.ts';
import { call, testPassword } from '../testing/harness.ts';
import {
  buildWorld,
  countDiff,
  freshUser,
  markersOf,
  type OrgWorld,
  type Prepare,
  requests,
  rowCounts,
  type Scope,
  scopeNow,
  type Target,
  type World,
} from './matrix-fixture.ts';

/** The columns of the table below, in this order. */
const matrixRoles = [
  'admin', // with the sensitive-data grant
  'coordinator', // without it
  'field_worker', // block-in
  'health_worker', // block-in, with the grant
  'group_leader', // group-in only
  'viewer',
  'network_viewer',
] as const satisfies readonly Role[];

/**
 * Who gets what from every route. One cell per role, in the order of matrixRoles. A cell is one outcome for
 * a route that names no record, or three: in her scope / outside it in her organisation / organisation B.
 * ok = 200 or 201 · hide = 403 or 404 · ref = 404 or 422 (a body that names a record of B: "no such record").
 * A record of B is always 404: its existence is never confirmed, whatever the role.
 */
const foundationExpected: Record<string, string> = {
  'GET /api/health': 'ok ok ok ok ok ok ok',
  'GET /': 'ok ok ok ok ok ok ok',
  'POST /api/auth/login': 'ok ok ok ok ok ok ok',
  'POST /api/auth/logout': 'ok ok ok ok ok ok ok',
  'GET /api/auth/me': 'ok ok ok ok ok ok ok',
  'PUT /api/auth/me/locale': 'ok ok ok ok ok ok ok',
  'GET /api/organisation': 'ok ok ok ok ok ok 403',
  'GET /api/areas': 'ok ok ok ok ok ok 403',
  // a group leader works in her group, not in an area
  'GET /api/areas/:id':
    '200/200/404 200/200/404 200/404/404 200/404/404 404/404/404 200/200/404 403/403/hide',
  'POST /api/areas': 'ok/ok/ref ok/ok/ref 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403',
  'PATCH /api/areas/:id':
    'ok/ok/404 ok/ok/404 403/403/hide 403/403/hide 403/403/hide 403/403/hide 403/403/hide',
  'GET /api/people': 'ok ok ok ok ok ok 403',
  'GET /api/people/:id':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'POST /api/people': 'ok/ok/ref ok/ok/ref ok/hide/hide ok/hide/hide ok/hide/hide 403/403/403 403/403/403',
  'PATCH /api/people/:id':
    'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 ok/hide/404 403/403/hide 403/403/hide',
  'POST /api/people/:id/consent':
    'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 ok/hide/404 403/403/hide 403/403/hide',
  'GET /api/people/:id/sensitive':
    '200/200/404 403/403/404 403/404/404 200/404/404 403/404/404 403/403/404 403/403/hide',
  'PUT /api/people/:id/sensitive':
    'ok/ok/404 403/403/hide 403/hide/hide ok/hide/404 403/hide/hide 403/403/hide 403/403/hide',
  'GET /api/households': 'ok ok ok ok ok ok 403',
  // households are placed by area only, and a group leader has none
  'POST /api/households':
    'ok/ok/ref ok/ok/ref ok/hide/hide ok/hide/hide 403/403/hide 403/403/403 403/403/403',
  'GET /api/groups': 'ok ok ok ok ok ok 403',
  'GET /api/groups/:id':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'POST /api/groups': 'ok/ok/ref ok/ok/ref ok/hide/hide 403/403/403 403/403/403 403/403/403 403/403/403',
  'PATCH /api/groups/:id':
    'ok/ok/404 ok/ok/404 ok/hide/404 403/403/hide 403/403/hide 403/403/hide 403/403/hide',
  'GET /api/groups/:id/members':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  // a group leader may not pull into her group a villager she cannot see
  'POST /api/groups/:id/members':
    'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 403/hide/404 403/403/hide 403/403/hide',
  'POST /api/memberships/:id/end':
    'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 ok/hide/404 403/403/hide 403/403/hide',
  'GET /api/groups/:id/offices':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'POST /api/groups/:id/offices':
    'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 ok/hide/404 403/403/hide 403/403/hide',
  'POST /api/office-terms/:id/end':
    'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 ok/hide/404 403/403/hide 403/403/hide',
  // the books: reading follows the group; corrections (reversal, write-off) are for coordinators and field workers
  'POST /api/groups/:id/bank-accounts':
    'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 ok/hide/404 403/403/hide 403/403/hide',
  'POST /api/bank-accounts/:id/statements':
    'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 ok/hide/404 403/403/hide 403/403/hide',
  'POST /api/groups/:id/meetings':
    'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 ok/hide/404 403/403/hide 403/403/hide',
  'POST /api/meetings/:id/close':
    'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 ok/hide/404 403/403/hide 403/403/hide',
  'POST /api/groups/:id/entries':
    'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 ok/hide/404 403/403/hide 403/403/hide',
  'POST /api/entries/:id/reverse':
    'ok/ok/404 ok/ok/404 ok/hide/404 403/hide/404 403/hide/404 403/403/hide 403/403/hide',
  'POST /api/loans/:id/write-off':
    'ok/ok/404 ok/ok/404 ok/hide/404 403/hide/404 403/hide/404 403/403/hide 403/403/hide',
  // a fresh savings group each time, outside a group leader's one group
  'POST /api/groups/:id/cycles':
    'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 hide/hide/404 403/403/hide 403/403/hide',
  // a fresh savings group each time, outside a group leader's one group
  'POST /api/groups/:id/share-outs':
    'ok/ok/404 ok/ok/404 ok/hide/404 ok/hide/404 hide/hide/404 403/403/hide 403/403/hide',
  'GET /api/groups/:id/finance':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'GET /api/groups/:id/meetings':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'GET /api/meetings/:id':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'GET /api/groups/:id/loans':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'GET /api/loans/:id':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'GET /api/groups/:id/bank-accounts':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'GET /api/groups/:id/cycles':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'GET /api/groups/:id/passbook/:personId':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'GET /api/groups/:id/reports/:report':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'GET /api/groups/:id/bank-accounts/:bankAccountId/reconciliation':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'GET /api/groups/:id/health':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'GET /api/groups/:id/ratios':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'GET /api/finance/summary': 'ok ok ok ok ok ok 403',
  'GET /api/finance/groups': 'ok ok ok ok ok ok 403',
  'POST /api/imports/people': 'ok/ok/ref ok/ok/ref ok/422/ref ok/422/ref 422/422/ref 403/403/403 403/403/403',
  'POST /api/imports/groups':
    'ok/ok/ref ok/ok/ref ok/422/ref 403/403/403 403/403/403 403/403/403 403/403/403',
  'GET /api/exports/people.csv': 'ok ok 403 403 403 ok 403',
  'GET /api/exports/groups.csv': 'ok ok 403 403 403 ok 403',
  'GET /api/users': 'ok ok 403 403 403 403 403',
  // users: in = a field worker, out = an admin (beyond what a coordinator may manage)
  'GET /api/users/:id':
    '200/200/404 200/200/404 403/403/hide 403/403/hide 403/403/hide 403/403/hide 403/403/hide',
  'POST /api/users': 'ok/ok/ref ok/403/ref 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403',
  'PATCH /api/users/:id':
    'ok/ok/404 ok/403/404 403/403/hide 403/403/hide 403/403/hide 403/403/hide 403/403/hide',
  'POST /api/users/:id/disable':
    'ok/ok/404 ok/403/404 403/403/hide 403/403/hide 403/403/hide 403/403/hide 403/403/hide',
  'POST /api/users/:id/password':
    'ok/ok/404 ok/403/404 403/403/hide 403/403/hide 403/403/hide 403/403/hide 403/403/hide',
  // the answer of the one command pushed
  'POST /api/sync/push': 'ok/ok/ref ok/ok/ref ok/hide/hide ok/hide/hide 403/403/hide 403/403/403 403/403/403',
  'GET /api/sync/pull': 'ok ok ok ok ok ok 403',
  'GET /api/sync/finance':
    '200/200/404 200/200/404 200/404/404 200/404/404 200/404/404 200/200/404 403/403/hide',
  'GET /api/audit': 'ok 403 403 403 403 403 403',
  'GET /api/commands': 'ok 403 403 403 403 403 403',
};

type Item = Record<string, unknown> & { id: string };

/** Fields of OrgWorld, space-separated: the list's records of the fixture, then those an area-scoped
 * and a group-scoped user must see (an unscoped user sees them all). */
type Visibility = [all: string, areaScoped: string, groupScoped: string];

interface ListCheck {
  items(body: { items?: Item[]; changes?: Item[] }): Item[];
  /** Is this item one the user may see? (url: the request, for the lists of one group) */
  inScope?(item: Item, scope: Scope | null, url: string): boolean;
  seen?: Visibility;
}

const items = (body: { items?: Item[] }) => body.items ?? [];
const groupInUrl = (url: string) => url.split('/')[3];
const pick = (o: OrgWorld, names: string) =>
  names ? names.split(' ').map((n) => (o as unknown as Record<string, string>)[n]!) : [];

/** Health outreach keeps its rows and requests beside its routes. */
const expected: Record<string, string> = { ...foundationExpected, ...outreachMatrix.expected };
const prepare: Record<string, Prepare> = { ...requests, ...outreachMatrix.requests };

const listChecks: Record<string, ListCheck> = {
  'GET /api/areas': {
    items,
    inScope: (i, s) => !s || s.areas.has(i.id),
    seen: ['district blockIn villageIn blockOut', 'blockIn villageIn', ''],
  },
  'GET /api/people': {
    items,
    inScope: (i, s) =>
      !s || s.areas.has(String(i.areaId)) || (i.groupIds as string[]).some((g) => s.groups.has(g)),
    seen: ['memberIn areaOnlyIn memberOut areaOnlyOut', 'memberIn areaOnlyIn', 'memberIn'],
  },
  'GET /api/groups': {
    items,
    inScope: (i, s) => !s || s.areas.has(String(i.areaId)) || s.groups.has(i.id),
    seen: ['groupIn groupOut', 'groupIn', 'groupIn'],
  },
  'GET /api/households': {
    items,
    inScope: (i, s) => !s || s.areas.has(String(i.areaId)),
    seen: ['householdIn householdOut', 'householdIn', ''],
  },
  'GET /api/groups/:id/members': { items, inScope: (i, _s, url) => i.groupId === groupInUrl(url) },
  'GET /api/groups/:id/offices': { items, inScope: (i, _s, url) => i.groupId === groupInUrl(url) },
  'GET /api/users': { items, seen: ['spareFieldWorker spareAdmin', '', ''] },
  'GET /api/audit': { items },
  'GET /api/commands': { items },
  'GET /api/sync/pull': {
    items: (body) => body.changes ?? [],
    seen: [
      'district blockIn villageIn blockOut memberIn areaOnlyIn memberOut areaOnlyOut groupIn groupOut ' +
        'householdIn householdOut membershipIn membershipOut termIn termOut ' +
        'bankIn bankOut meetingIn meetingOut loanIn loanOut',
      'blockIn villageIn memberIn areaOnlyIn groupIn householdIn membershipIn termIn bankIn meetingIn loanIn',
      'groupIn memberIn membershipIn termIn bankIn meetingIn loanIn',
    ],
  },
};

/** The fixture's records a list is about, and those of them a role must find in it. */
function expectedIn(key: string, o: OrgWorld, role: Role): { all: string[]; visible: string[] } {
  const [all, areaScoped, groupScoped] = listChecks[key]?.seen ?? ['', '', ''];
  const visible = !scopedRoles.has(role) ? all : role === 'group_leader' ? groupScoped : areaScoped;
  return { all: pick(o, all), visible: pick(o, visible) };
}

const keyOf = (spec: AnyRoute) => `${spec.method} ${spec.url}`;
const statusesOf: Record<string, number[]> = { ok: [200, 201], hide: [403, 404], ref: [404, 422] };
const allowed = (cell: string) => cell.split('|').flatMap((t) => statusesOf[t] ?? [Number(t)]);

/** The cells of a route: per role, one outcome per target. */
function cellsOf(key: string): Map<Role, Map<Target, string>> {
  const row = expected[key];
  if (!row) throw new Error(`${key} has no row in the access table: decide who may use it`);
  const cells = row.split(' ');
  if (cells.length !== matrixRoles.length) throw new Error(`${key}: ${cells.length} cells, not one per role`);
  return new Map(
    matrixRoles.map((role, i) => {
      const parts = cells[i]!.split('/');
      const targets: Target[] = parts.length === 1 ? ['in'] : ['in', 'out', 'b'];
      return [role, new Map(targets.map((target, j) => [target, parts[j]!]))];
    }),
  );
}

/** A push answers 200 with one result per command; the command's own outcome is what access decided. */
function outcome(key: string, res: LightMyRequestResponse): number {
  if (key !== 'POST /api/sync/push' || res.statusCode !== 200) return res.statusCode;
  const [result] = res.json().results;
  if (result.status === 'rejected') return result.error.status;
  return result.status === 'applied' ? 201 : 200;
}

const takesLimit = (spec: AnyRoute) =>
  Boolean(spec.query && 'limit' in ((spec.query as z.ZodObject).shape ?? {}));

describe.each(testDatabaseKinds())('access matrix on $name', (kind) => {
  let w: World;
  let bMarkers: string[];

  beforeAll(async () => {
    w = await buildWorld(kind);
    bMarkers = [...markersOf(w.b), w.bAdmin.id];
  });
  afterAll(() => w.t.close());

  it('has a row for every route and a column for every role', () => {
    expect([...roles].sort()).toEqual([...matrixRoles].sort());
    const keys = allRoutes.map(keyOf);
    expect(keys.filter((k) => !(k in expected))).toEqual([]);
    expect(keys.filter((k) => !(k in prepare))).toEqual([]);
    expect(Object.keys(expected).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('a scoped device pulls only the changes of its scope, and never those of B', async () => {
    const pull = async (token: string, since = '0') => {
      const res = await call(w.t.app, {
        method: 'GET',
        url: `/api/sync/pull?since=${since}&limit=2000`,
        token,
      });
      expect(res.statusCode).toBe(200);
      for (const marker of bMarkers) expect(res.body).not.toContain(marker);
      expect(res.body).not.toContain(w.a.sensitiveNote);
      return res.json() as { changes: { id: string }[]; nextCursor: string };
    };
    for (const role of ['admin', 'coordinator', 'field_worker', 'health_worker', 'group_leader'] as const) {
      const { changes } = await pull(w.users[role].token);
      const { visible } = expectedIn('GET /api/sync/pull', w.a, role);
      expect(new Set(changes.map((c) => c.id)), role).toEqual(new Set(visible));
    }
    const { nextCursor } = await pull(w.users.field_worker.token);
    const admin = w.users.admin.token;
    const home = async (token: string, areaId: string) =>
      (
        await call(w.t.app, {
          method: 'POST',
          url: '/api/households',
          token,
          payload: { name: 'Later', areaId },
        })
      ).json().id as string;
    const inside = await home(admin, w.a.villageIn);
    await home(admin, w.a.blockOut);
    await home(w.bAdmin.token, w.b.villageIn);
    const later = await pull(w.users.field_worker.token, nextCursor);
    expect(later.changes.map((c) => c.id)).toEqual([inside]);
  });

  for (const spec of allRoutes) {
    const key = keyOf(spec);
    it(key, async () => {
      const mismatches: string[] = [];
      const db = w.t.database.db;
      const write = spec.method !== 'GET' && !key.startsWith('POST /api/auth/');
      for (const [role, targets] of cellsOf(key)) {
        for (const [target, cell] of targets) {
          const where = `${role} → ${target}`;
          const prepared = await prepare[key]!(w, target, role);
          const before = write ? await rowCounts(db) : undefined;
          const audits = () =>
            db
              .selectFrom('audit_log')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('action', '=', 'person.sensitive.read')
              .where('user_id', '=', w.users[role].id)
              .executeTakeFirstOrThrow()
              .then((r) => Number(r.n));
          const auditsBefore = await audits();
          const url = takesLimit(spec) ? `${prepared.url}?limit=500` : prepared.url;
          const res = await call(w.t.app, {
            method: spec.method,
            url,
            token: prepared.token ?? w.users[role].token,
            payload: prepared.body,
          });
          const status = outcome(key, res);
          const said = res.statusCode === 200 || res.statusCode === 201 ? '' : ` ${res.json().code}`;
          if (!allowed(cell).includes(status))
            mismatches.push(`${where}: expected ${cell}, got ${status}${said}`);
          const markers = target === 'b' ? [...bMarkers, ...(prepared.made ?? [])] : bMarkers;
          for (const marker of markers) {
            if (res.body.includes(marker)) mismatches.push(`${where}: the answer holds B's ${marker}`);
          }
          if (key !== 'GET /api/people/:id/sensitive' && res.body.includes(w.a.sensitiveNote)) {
            mismatches.push(`${where}: sensitive data outside its own route`);
          }
          if (before && status !== 200 && status !== 201) {
            const diff = countDiff(before, await rowCounts(db));
            if (diff.length > 0)
              mismatches.push(`${where}: refused with ${status} yet wrote ${diff.join(', ')}`);
          }
          if (key === 'GET /api/people/:id/sensitive') {
            const written = (await audits()) - auditsBefore;
            if (status === 200 && written !== 1)
              mismatches.push(`${where}: a sensitive read left ${written} audit rows`);
            if (status !== 200 && res.body.includes('positive'))
              mismatches.push(`${where}: refused read shows data`);
          }
          const check = listChecks[key];
          if (check && status === 200) {
            const scope = await scopeNow(w, role);
            const found = check.items(res.json());
            const ids = new Set(found.map((i) => i.id));
            for (const item of found) {
              if (check.inScope && !check.inScope(item, scope, url)) {
                mismatches.push(`${where}: listed ${item.id}, which is outside her scope`);
              }
            }
            const { all, visible } = expectedIn(key, w.a, role);
            for (const id of all) {
              if (visible.includes(id) && !ids.has(id))
                mismatches.push(`${where}: ${id} is missing from the list`);
              if (!visible.includes(id) && ids.has(id))
                mismatches.push(`${where}: ${id} is listed but out of scope`);
            }
          }
        }
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('a coordinator without the sensitive-data grant cannot hand it out', async () => {
    const coordinator = w.users.coordinator.token;
    const created = await call(w.t.app, {
      method: 'POST',
      url: '/api/users',
      token: coordinator,
      payload: {
        username: 'granted-by-coordinator@matrix-a',
        password: testPassword,
        role: 'health_worker',
        sensitiveAccess: true,
        scope: { areaIds: [w.a.blockIn] },
      },
    });
    const worker = await freshUser(w, w.a, 'field_worker');
    const promoted = await call(w.t.app, {
      method: 'PATCH',
      url: `/api/users/${worker}`,
      token: coordinator,
      payload: { role: 'health_worker', sensitiveAccess: true },
    });
    for (const [res, id] of [
      [created, created.json().id],
      [promoted, worker],
    ] as const) {
      if (res.statusCode === 403) continue;
      const user = await call(w.t.app, {
        method: 'GET',
        url: `/api/users/${id}`,
        token: w.users.admin.token,
      });
      expect(user.json().sensitiveAccess, `${res.statusCode} ${res.body}`).toBe(false);
    }
  });

  it("replaying another user's command id does not bypass access", async () => {
    const key = newId();
    const payload = { name: 'Replayed home', areaId: w.a.villageIn };
    const send = (token: string) =>
      call(w.t.app, {
        method: 'POST',
        url: '/api/households',
        token,
        payload,
        headers: { 'idempotency-key': key },
      });
    expect((await send(w.users.admin.token)).statusCode).toBe(201);
    const replay = await send(w.users.viewer.token);
    expect(replay.statusCode, replay.body).toBe(409);
    expect(replay.json()).toMatchObject({ code: 'command.id_reused' });
    expect(replay.body).not.toContain('Replayed home');
  });

  it("organisation B's admin sees nothing of organisation A", async () => {
    const aMarkers = [...markersOf(w.a), ...Object.values(w.users).map((u) => u.id)];
    const lists = ['people', 'areas', 'groups', 'households', 'users', 'audit', 'commands'];
    for (const url of [...lists.map((l) => `/api/${l}?limit=500`), '/api/sync/pull?limit=2000']) {
      const res = await call(w.t.app, { method: 'GET', url, token: w.bAdmin.token });
      expect(res.statusCode, url).toBe(200);
      for (const marker of aMarkers) expect(res.body, url).not.toContain(marker);
    }
    for (const url of [`/api/people/${w.a.memberIn}`, `/api/people/${w.a.memberIn}/sensitive`]) {
      expect((await call(w.t.app, { method: 'GET', url, token: w.bAdmin.token })).statusCode).toBe(404);
    }
  });
});

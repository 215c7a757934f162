import { newId, type Role, roles, scopedRoles } from '@groundwork/core';
import { type Kysely, sql } from 'kysely';
import type { Tables } from '../db/schema.ts';
import type { TestDatabaseKind } from '../db/testing.ts';
import type { Organisation } from '../orgs/organisations.ts';
import {
  asSystem,
  login,
  makeOrg,
  makeUser,
  startTestApp,
  type TestApp,
  testPassword,
} from '../testing/harness.ts';

/** A record in the user's scope, one of her organisation outside it, or one of organisation B. */
export type Target = 'in' | 'out' | 'b';

/** One organisation: a district with block-in (and a village under it) and block-out, and what lives there. */
export interface OrgWorld {
  org: Organisation;
  /** Every person of the organisation has this family name, so a leak of one is easy to spot. */
  family: string;
  sensitiveNote: string;
  district: string;
  blockIn: string;
  villageIn: string;
  blockOut: string;
  groupIn: string;
  groupOut: string;
  /** Lives in village-in and is a member (and president) of group-in; her sensitive record is set. */
  memberIn: string;
  /** Lives in block-in and belongs to no group. */
  areaOnlyIn: string;
  memberOut: string;
  areaOnlyOut: string;
  householdIn: string;
  householdOut: string;
  membershipIn: string;
  membershipOut: string;
  termIn: string;
  termOut: string;
  /** Group-in's bank account, its first meeting (Meera saved and borrowed) and that loan; the same for group-out. */
  bankIn: string;
  bankOut: string;
  meetingIn: string;
  meetingOut: string;
  loanIn: string;
  loanOut: string;
  /** Targets of the user-management routes, never used to log in. */
  spareFieldWorker: string;
  spareAdmin: string;
}

export interface Login {
  id: string;
  username: string;
  token: string;
}

export interface World {
  t: TestApp;
  a: OrgWorld;
  b: OrgWorld;
  /** One user per role in organisation A. */
  users: Record<Role, Login>;
  bAdmin: Login;
}

let counter = 0;
const next = () => ++counter;
const day = (n: number) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
/** Later every call, so office terms never overlap the history of earlier ones. */
export const nextDay = () => day(next());
export const dayAfter = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

async function buildOrg(t: TestApp, slug: string, family: string): Promise<OrgWorld> {
  const org = await makeOrg(t.database, slug);
  const names =
    'district blockIn villageIn blockOut groupIn groupOut memberIn areaOnlyIn memberOut areaOnlyOut householdIn householdOut membershipIn membershipOut termIn termOut bankIn bankOut meetingIn meetingOut loanIn loanOut';
  const ids = Object.fromEntries(names.split(' ').map((k) => [k, newId()])) as Record<
    Exclude<keyof OrgWorld, 'org' | 'family' | 'sensitiveNote' | `spare${string}`>,
    string
  >;
  const sensitiveNote = `sensitive-note-of-${family}`;
  const consent = { given: true, date: '2023-01-10' };
  const area = (id: string, name: string, kind: string, parentId?: string) => ({
    type: 'area.create',
    payload: { id, name: `${family} ${name}`, kind, ...(parentId ? { parentId } : {}) },
  });
  const group = (id: string, areaId: string, name: string) => ({
    type: 'group.create',
    payload: {
      id,
      kind: 'shg',
      name: `${family} ${name}`,
      areaId,
      formedOn: '2020-01-01',
      cadence: 'weekly',
    },
  });
  const person = (id: string, givenName: string, areaId: string, extra: object = {}) => ({
    type: 'person.create',
    payload: { id, givenName, familyName: family, sex: 'female', areaId, ...extra },
  });
  const member = (id: string, groupId: string, personId: string) => ({
    type: 'membership.add',
    payload: { id, groupId, personId, joinedOn: '2020-02-01' },
  });
  const president = (id: string, groupId: string, personId: string) => ({
    type: 'office.assign',
    payload: { id, groupId, personId, office: 'president', termStart: '2020-03-01' },
  });
  const bank = (id: string, groupId: string) => ({
    type: 'bank_account.open',
    payload: { id, groupId, bankName: `${family} bank`, openedOn: '2020-01-01' },
  });
  const firstMeeting = (id: string, groupId: string, personId: string, loanId: string) => ({
    type: 'meeting.record',
    payload: {
      id,
      groupId,
      heldOn: '2020-02-03',
      attendance: [{ personId, status: 'present' }],
      savings: [{ personId, amount: 500_000 }],
      loans: [
        {
          id: loanId,
          personId,
          principal: 100_000,
          method: 'flat',
          instalments: 4,
          frequency: 'monthly',
          purpose: `${family} goat`,
        },
      ],
    },
  });
  await asSystem(t.database, org, [
    area(ids.district, 'district', 'district'),
    area(ids.blockIn, 'block in', 'block', ids.district),
    area(ids.villageIn, 'village in', 'village', ids.blockIn),
    area(ids.blockOut, 'block out', 'block', ids.district),
    group(ids.groupIn, ids.blockIn, 'group in'),
    group(ids.groupOut, ids.blockOut, 'group out'),
    {
      type: 'household.create',
      payload: { id: ids.householdIn, name: `${family} home in`, areaId: ids.villageIn },
    },
    {
      type: 'household.create',
      payload: { id: ids.householdOut, name: `${family} home out`, areaId: ids.blockOut },
    },
    person(ids.memberIn, 'Meera', ids.villageIn, { householdId: ids.householdIn, consent }),
    person(ids.areaOnlyIn, 'Lata', ids.blockIn),
    person(ids.memberOut, 'Rekha', ids.blockOut, { householdId: ids.householdOut, consent }),
    person(ids.areaOnlyOut, 'Savita', ids.blockOut),
    member(ids.membershipIn, ids.groupIn, ids.memberIn),
    member(ids.membershipOut, ids.groupOut, ids.memberOut),
    president(ids.termIn, ids.groupIn, ids.memberIn),
    president(ids.termOut, ids.groupOut, ids.memberOut),
    bank(ids.bankIn, ids.groupIn),
    bank(ids.bankOut, ids.groupOut),
    firstMeeting(ids.meetingIn, ids.groupIn, ids.memberIn, ids.loanIn),
    firstMeeting(ids.meetingOut, ids.groupOut, ids.memberOut, ids.loanOut),
    {
      type: 'person.sensitive.set',
      payload: {
        personId: ids.memberIn,
        attributes: { hivStatus: 'positive', onTreatment: true, notes: sensitiveNote },
      },
    },
  ]);
  const spareFieldWorker = await makeUser(t.database, org, `spare-worker@${slug}`, 'field_worker', {
    areaIds: [ids.blockIn],
  });
  const spareAdmin = await makeUser(t.database, org, `spare-admin@${slug}`, 'admin');
  return { org, family, sensitiveNote, ...ids, spareFieldWorker, spareAdmin };
}

/** Where each role of organisation A works, and who holds the sensitive-data grant. */
function userOptions(a: OrgWorld): Record<Role, Parameters<typeof makeUser>[4]> {
  return {
    admin: { sensitiveAccess: true },
    coordinator: {},
    field_worker: { areaIds: [a.blockIn] },
    health_worker: { areaIds: [a.blockIn], sensitiveAccess: true },
    group_leader: { groupIds: [a.groupIn] },
    viewer: {},
    network_viewer: {},
  };
}

export async function buildWorld(kind: TestDatabaseKind, env: Record<string, string> = {}): Promise<World> {
  const t = await startTestApp(kind, env);
  meetingDays = 0;
  const a = await buildOrg(t, 'matrix-a', 'Alphawala');
  const b = await buildOrg(t, 'matrix-b', 'Bravokar');
  const options = userOptions(a);
  const users = {} as Record<Role, Login>;
  for (const role of roles) {
    const username = `${role}@matrix-a`;
    const id = await makeUser(t.database, a.org, username, role, options[role]);
    users[role] = { id, username, token: await login(t.app, username) };
  }
  const bAdminId = await makeUser(t.database, b.org, 'admin@matrix-b', 'admin', { sensitiveAccess: true });
  const bAdmin = { id: bAdminId, username: 'admin@matrix-b', token: await login(t.app, 'admin@matrix-b') };
  return { t, a, b, users, bAdmin };
}

/** Strings that belong to one organisation only: its ids and its family name. */
export function markersOf(o: OrgWorld): string[] {
  const { org, family, ...rest } = o;
  return [org.id, family, ...Object.values(rest)];
}

// --- requests: a valid one for every route, aimed at a target -------------------------------------

export interface Prepared {
  url: string;
  body?: unknown;
  /** Sent instead of the role's own token (logging out spends a token of its own). */
  token?: string;
  /** Records made for this request alone. */
  made?: string[];
}

export type Prepare = (w: World, target: Target, role: Role) => Promise<Prepared> | Prepared;

export function place(w: World, target: Target) {
  const o = target === 'b' ? w.b : w.a;
  const inside = target !== 'out';
  return {
    o,
    area: inside ? o.blockIn : o.blockOut,
    village: inside ? o.villageIn : o.blockOut,
    group: inside ? o.groupIn : o.groupOut,
    person: inside ? o.memberIn : o.memberOut,
    user: inside ? o.spareFieldWorker : o.spareAdmin,
    bank: inside ? o.bankIn : o.bankOut,
    meeting: inside ? o.meetingIn : o.meetingOut,
    loan: inside ? o.loanIn : o.loanOut,
  };
}

/** Meetings of the matrix fall between the first members' joining and the later ones', one day each. */
let meetingDays = 0;
const meetingDay = () =>
  new Date(Date.UTC(2020, 1, 4) + ++meetingDays * 86_400_000).toISOString().slice(0, 10);

async function openMeeting(w: World, o: OrgWorld, groupId: string, personId: string, extra: object = {}) {
  const [m] = await asSystem(w.t.database, o.org, [
    {
      type: 'meeting.record',
      payload: {
        groupId,
        heldOn: meetingDay(),
        close: false,
        attendance: [{ personId, status: 'present' }],
        ...extra,
      },
    },
  ]);
  return m as { id: string; loanIds: string[] };
}

async function freshGroup(w: World, o: OrgWorld, areaId: string, cycle: boolean): Promise<string> {
  const id = newId();
  await asSystem(w.t.database, o.org, [
    {
      type: 'group.create',
      payload: {
        id,
        kind: 'savings_group',
        name: `${o.family} fresh ${next()}`,
        areaId,
        formedOn: '2020-01-01',
        cadence: 'weekly',
      },
    },
    ...(cycle
      ? [
          {
            type: 'cycle.start',
            payload: { groupId: id, startedOn: '2020-01-01', plannedEndOn: '2020-12-31' },
          },
        ]
      : []),
  ]);
  return id;
}

export async function freshPerson(w: World, o: OrgWorld, areaId: string): Promise<string> {
  const [r] = await asSystem(w.t.database, o.org, [
    {
      type: 'person.create',
      payload: { givenName: `Fresh${next()}`, familyName: o.family, sex: 'female', areaId },
    },
  ]);
  return r!.id;
}

async function freshMember(w: World, o: OrgWorld, groupId: string, areaId: string) {
  const personId = await freshPerson(w, o, areaId);
  const [m] = await asSystem(w.t.database, o.org, [
    { type: 'membership.add', payload: { groupId, personId, joinedOn: '2020-06-01' } },
  ]);
  return { personId, membershipId: m!.id };
}

export async function freshUser(w: World, o: OrgWorld, role: Role): Promise<string> {
  const scope = scopedRoles.has(role) ? { areaIds: [o.blockIn] } : {};
  return makeUser(w.t.database, o.org, `fresh${next()}@${o.org.slug}`, role, scope);
}

export const get = (url: string): Prepared => ({ url });
export const send = (url: string, body: unknown, made?: string[]): Prepared => ({
  url,
  body,
  ...(made ? { made } : {}),
});

/** A valid request per route ("METHOD url"), so that only access decides the answer. */
export const requests: Record<string, Prepare> = {
  'GET /api/health': () => get('/api/health'),
  'GET /': () => get('/'),
  'POST /api/auth/login': (w, _t, role) =>
    send('/api/auth/login', { username: w.users[role].username, password: testPassword }),
  'POST /api/auth/logout': async (w, _t, role) => ({
    url: '/api/auth/logout',
    token: await login(w.t.app, w.users[role].username),
  }),
  'GET /api/auth/me': () => get('/api/auth/me'),
  'PUT /api/auth/me/locale': () => send('/api/auth/me/locale', { locale: 'mr' }),
  'GET /api/organisation': () => get('/api/organisation'),
  'GET /api/areas': () => get('/api/areas'),
  'GET /api/areas/:id': (w, t) => get(`/api/areas/${place(w, t).area}`),
  'POST /api/areas': (w, t) =>
    send('/api/areas', { name: `Village ${next()}`, kind: 'village', parentId: place(w, t).area }),
  'PATCH /api/areas/:id': (w, t) => send(`/api/areas/${place(w, t).area}`, { code: `C${next()}` }),
  'GET /api/people': () => get('/api/people'),
  'GET /api/people/:id': (w, t) => get(`/api/people/${place(w, t).person}`),
  'POST /api/people': (w, t) => {
    const p = place(w, t);
    return send('/api/people', {
      givenName: `New${next()}`,
      familyName: p.o.family,
      sex: 'female',
      areaId: p.village,
      membership: { groupId: p.group, joinedOn: '2024-01-01' },
    });
  },
  'PATCH /api/people/:id': (w, t) =>
    send(`/api/people/${place(w, t).person}`, { occupation: `tailor ${next()}` }),
  'POST /api/people/:id/consent': (w, t) =>
    send(`/api/people/${place(w, t).person}/consent`, { given: true, date: '2023-01-10' }),
  'GET /api/people/:id/sensitive': (w, t) => get(`/api/people/${place(w, t).person}/sensitive`),
  'PUT /api/people/:id/sensitive': (w, t) => {
    const p = place(w, t);
    return send(`/api/people/${p.person}/sensitive`, { hivStatus: 'positive', notes: p.o.sensitiveNote });
  },
  'GET /api/households': () => get('/api/households'),
  'POST /api/households': (w, t) =>
    send('/api/households', { name: `Home ${next()}`, areaId: place(w, t).village }),
  'GET /api/groups': () => get('/api/groups'),
  'GET /api/groups/:id': (w, t) => get(`/api/groups/${place(w, t).group}`),
  'POST /api/groups': (w, t) =>
    send('/api/groups', {
      kind: 'shg',
      name: `Group ${next()}`,
      areaId: place(w, t).area,
      formedOn: '2020-01-01',
      cadence: 'weekly',
    }),
  'PATCH /api/groups/:id': (w, t) => send(`/api/groups/${place(w, t).group}`, { name: `Renamed ${next()}` }),
  'GET /api/groups/:id/members': (w, t) => get(`/api/groups/${place(w, t).group}/members`),
  'POST /api/groups/:id/members': async (w, t) => {
    const p = place(w, t);
    const personId = await freshPerson(w, p.o, p.village);
    return send(`/api/groups/${p.group}/members`, { personId, joinedOn: '2024-02-01' }, [personId]);
  },
  'POST /api/memberships/:id/end': async (w, t) => {
    const p = place(w, t);
    const m = await freshMember(w, p.o, p.group, p.village);
    return send(`/api/memberships/${m.membershipId}/end`, { leftOn: '2024-06-01', reason: 'moved' }, [
      m.personId,
      m.membershipId,
    ]);
  },
  'GET /api/groups/:id/offices': (w, t) => get(`/api/groups/${place(w, t).group}/offices`),
  'POST /api/groups/:id/offices': async (w, t) => {
    const p = place(w, t);
    const m = await freshMember(w, p.o, p.group, p.village);
    const body = { personId: m.personId, office: 'other', termStart: nextDay() };
    return send(`/api/groups/${p.group}/offices`, body, [m.personId, m.membershipId]);
  },
  'POST /api/office-terms/:id/end': async (w, t) => {
    const p = place(w, t);
    const m = await freshMember(w, p.o, p.group, p.village);
    const termStart = nextDay();
    const [term] = await asSystem(w.t.database, p.o.org, [
      {
        type: 'office.assign',
        payload: { groupId: p.group, personId: m.personId, office: 'book_keeper', termStart },
      },
    ]);
    return send(`/api/office-terms/${term!.id}/end`, { termEnd: dayAfter(termStart) }, [
      m.personId,
      term!.id,
    ]);
  },
  'POST /api/groups/:id/bank-accounts': (w, t) =>
    send(`/api/groups/${place(w, t).group}/bank-accounts`, {
      bankName: `Bank ${next()}`,
      openedOn: '2020-01-01',
    }),
  'POST /api/bank-accounts/:id/statements': (w, t) =>
    send(`/api/bank-accounts/${place(w, t).bank}/statements`, { date: '2020-03-01', balance: next() }),
  'POST /api/groups/:id/meetings': (w, t) => {
    const p = place(w, t);
    return send(`/api/groups/${p.group}/meetings`, {
      heldOn: meetingDay(),
      attendance: [{ personId: p.person, status: 'present' }],
      savings: [{ personId: p.person, amount: 10_000 }],
    });
  },
  'POST /api/meetings/:id/close': async (w, t) => {
    const p = place(w, t);
    const m = await openMeeting(w, p.o, p.group, p.person);
    return { url: `/api/meetings/${m.id}/close`, made: [m.id] };
  },
  'POST /api/groups/:id/entries': (w, t) => {
    const p = place(w, t);
    return send(`/api/groups/${p.group}/entries`, {
      date: '2020-05-01',
      entry: { kind: 'saving_deposit', personId: p.person, amount: 1_000 + next() },
    });
  },
  'POST /api/entries/:id/reverse': async (w, t) => {
    const p = place(w, t);
    const [e] = await asSystem(w.t.database, p.o.org, [
      {
        type: 'entry.record',
        payload: {
          groupId: p.group,
          date: '2020-05-01',
          entry: { kind: 'saving_deposit', personId: p.person, amount: 700 },
        },
      },
    ]);
    return send(`/api/entries/${e!.id}/reverse`, { date: '2020-05-02', reason: 'counted twice' }, [e!.id]);
  },
  'POST /api/loans/:id/write-off': async (w, t) => {
    const p = place(w, t);
    const loan = {
      personId: p.person,
      principal: 1_000,
      method: 'flat',
      instalments: 2,
      frequency: 'monthly',
      purpose: 'seeds',
    };
    const m = await openMeeting(w, p.o, p.group, p.person, { loans: [loan] });
    const loanId = m.loanIds[0]!;
    return send(`/api/loans/${loanId}/write-off`, { date: '2020-07-01', reason: 'she moved away' }, [
      loanId,
      m.id,
    ]);
  },
  'POST /api/groups/:id/cycles': async (w, t) => {
    const p = place(w, t);
    const groupId = await freshGroup(w, p.o, p.area, false);
    return send(
      `/api/groups/${groupId}/cycles`,
      { startedOn: '2020-01-06', plannedEndOn: '2020-12-28', sharePrice: 500 },
      [groupId],
    );
  },
  'POST /api/groups/:id/share-outs': async (w, t) => {
    const p = place(w, t);
    const groupId = await freshGroup(w, p.o, p.area, true);
    return send(`/api/groups/${groupId}/share-outs`, { heldOn: '2020-06-01' }, [groupId]);
  },
  'GET /api/groups/:id/finance': (w, t) => get(`/api/groups/${place(w, t).group}/finance`),
  'GET /api/groups/:id/meetings': (w, t) => get(`/api/groups/${place(w, t).group}/meetings`),
  'GET /api/meetings/:id': (w, t) => get(`/api/meetings/${place(w, t).meeting}`),
  'GET /api/groups/:id/loans': (w, t) => get(`/api/groups/${place(w, t).group}/loans`),
  'GET /api/loans/:id': (w, t) => get(`/api/loans/${place(w, t).loan}`),
  'GET /api/groups/:id/bank-accounts': (w, t) => get(`/api/groups/${place(w, t).group}/bank-accounts`),
  'GET /api/groups/:id/cycles': (w, t) => get(`/api/groups/${place(w, t).group}/cycles`),
  'GET /api/groups/:id/passbook/:personId': (w, t) => {
    const p = place(w, t);
    return get(`/api/groups/${p.group}/passbook/${p.person}`);
  },
  'GET /api/groups/:id/reports/:report': (w, t) =>
    get(`/api/groups/${place(w, t).group}/reports/trial-balance`),
  'GET /api/groups/:id/bank-accounts/:bankAccountId/reconciliation': (w, t) => {
    const p = place(w, t);
    return get(`/api/groups/${p.group}/bank-accounts/${p.bank}/reconciliation`);
  },
  'GET /api/groups/:id/health': (w, t) => get(`/api/groups/${place(w, t).group}/health`),
  'GET /api/groups/:id/ratios': (w, t) => get(`/api/groups/${place(w, t).group}/ratios`),
  'GET /api/finance/summary': () => get('/api/finance/summary'),
  'GET /api/finance/groups': () => get('/api/finance/groups'),
  'POST /api/imports/people': (w, t) =>
    send('/api/imports/people', {
      csv: `given_name,sex,area_id\nImported ${next()},female,${place(w, t).village}`,
    }),
  'POST /api/imports/groups': (w, t) =>
    send('/api/imports/groups', {
      csv: `kind,name,area_id,formed_on,cadence\nshg,Imported ${next()},${place(w, t).village},2020-01-01,weekly`,
    }),
  'GET /api/exports/people.csv': () => get('/api/exports/people.csv'),
  'GET /api/exports/groups.csv': () => get('/api/exports/groups.csv'),
  'GET /api/users': () => get('/api/users'),
  'GET /api/users/:id': (w, t) => get(`/api/users/${place(w, t).user}`),
  'POST /api/users': (w, t) => {
    const base = { username: `new${next()}@matrix-a`, password: testPassword };
    if (t === 'out') return send('/api/users', { ...base, role: 'admin' });
    return send('/api/users', { ...base, role: 'field_worker', scope: { areaIds: [place(w, t).area] } });
  },
  'PATCH /api/users/:id': (w, t) =>
    send(`/api/users/${place(w, t).user}`, { displayName: `Renamed ${next()}` }),
  'POST /api/users/:id/disable': async (w, t) => {
    const p = place(w, t);
    const id = await freshUser(w, p.o, t === 'out' ? 'admin' : 'field_worker');
    return { url: `/api/users/${id}/disable`, made: [id] };
  },
  'POST /api/users/:id/password': (w, t) =>
    send(`/api/users/${place(w, t).user}/password`, { password: 'another long passphrase' }),
  'POST /api/sync/push': (w, t) =>
    send('/api/sync/push', {
      deviceId: 'matrix-phone',
      commands: [
        {
          id: newId(),
          type: 'household.create',
          at: new Date().toISOString(),
          payload: { name: `Pushed ${next()}`, areaId: place(w, t).village },
        },
      ],
    }),
  'GET /api/sync/pull': () => get('/api/sync/pull'),
  'GET /api/sync/finance': (w, t) => get(`/api/sync/finance?groupIds=${place(w, t).group}`),
  'GET /api/audit': () => get('/api/audit'),
  'GET /api/commands': () => get('/api/commands'),
};

// --- what a list may hold ------------------------------------------------------------------------

export interface Scope {
  areas: ReadonlySet<string>;
  groups: ReadonlySet<string>;
}

/** The scope a role's user has right now: block-in and every area since made under it, or group-in. */
export async function scopeNow(w: World, role: Role): Promise<Scope | null> {
  if (!scopedRoles.has(role)) return null;
  if (role === 'group_leader') return { areas: new Set(), groups: new Set([w.a.groupIn]) };
  const rows = await w.t.database.db
    .selectFrom('areas')
    .select(['id', 'parent_id'])
    .where('org_id', '=', w.a.org.id)
    .execute();
  const areas = new Set([w.a.blockIn]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) {
      if (r.parent_id && areas.has(r.parent_id) && !areas.has(r.id)) {
        areas.add(r.id);
        grew = true;
      }
    }
  }
  return { areas, groups: new Set() };
}

const countedTables =
  'commands changes areas households people person_sensitive groups memberships office_terms users user_areas user_groups sessions audit_log bank_accounts meetings attendance loans loan_states fin_entries fin_postings savings_cycles share_outs bank_statements'.split(
    ' ',
  );

/** Rows in every table, and the organisations' change sequences: equal before and after means nothing was written. */
export async function rowCounts(db: Kysely<Tables>): Promise<Record<string, number>> {
  const counts = countedTables.map((t) => sql`(SELECT COUNT(*) FROM ${sql.table(t)}) AS ${sql.id(t)}`);
  const seq = sql`(SELECT COALESCE(SUM(change_seq), 0) FROM org_counters) AS change_seq_sum`;
  const { rows } = await sql<Record<string, unknown>>`SELECT ${sql.join([...counts, seq])}`.execute(db);
  return Object.fromEntries(Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
}

/** What changed between two counts, as "table +n". */
export function countDiff(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(after)
    .filter((k) => after[k] !== before[k])
    .map((k) => `${k} ${after[k]! - (before[k] ?? 0)}`);
}

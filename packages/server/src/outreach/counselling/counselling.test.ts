import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.ts';
import type { Organisation } from '../../orgs/organisations.ts';
import {
  asSystem,
  call,
  login,
  makeOrg,
  makeUser,
  startTestApp,
  type TestApp,
} from '../../testing/harness.ts';
import { makeArea, makePerson } from '../hesitancy/testing.ts';

const notes = 'She has not slept for weeks since losing her job; talked through what helps at night.';
const referralReason = 'Low mood for more than two weeks';

describe.each(testDatabaseKinds())('counselling sessions on $name', (kind) => {
  let t: TestApp;
  let org: Organisation;
  let wardA: string;
  let wardB: string;
  const tokens: Record<string, string> = {};
  let priya: string;

  const record = (token: string, payload: Record<string, unknown>) =>
    call(t.app, { method: 'POST', url: '/api/outreach/counselling', token, payload });
  const session = (over: Record<string, unknown> = {}) => ({
    kind: 'mental_health',
    mode: 'individual',
    personId: priya,
    heldOn: '2026-11-20',
    durationMinutes: 40,
    referral: { to: 'District mental health programme', reason: referralReason },
    notes,
    ...over,
  });
  const sessionCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('counselling_sessions')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await startTestApp(kind);
    org = await makeOrg(t.database, 'counsel-org');
    const other = await makeOrg(t.database, 'counsel-other');
    wardA = await makeArea(t.database, org, 'Ward A');
    wardB = await makeArea(t.database, org, 'Ward B');
    priya = await makePerson(t.database, org, 'Priya', wardA);
    const users: [string, Organisation, Parameters<typeof makeUser>[3], Parameters<typeof makeUser>[4]][] = [
      ['hw', org, 'health_worker', { areaIds: [wardA] }],
      ['hwB', org, 'health_worker', { areaIds: [wardB] }],
      ['fw', org, 'field_worker', { areaIds: [wardA] }],
      ['viewer', org, 'viewer', {}],
      ['coord', org, 'coordinator', {}],
      ['granted', org, 'coordinator', { sensitiveAccess: true }],
      ['stranger', other, 'coordinator', { sensitiveAccess: true }],
    ];
    for (const [name, o, role, options] of users) {
      await makeUser(t.database, o, `${name}@counsel`, role, options);
      tokens[name] = await login(t.app, `${name}@counsel`);
    }
  });
  afterAll(() => t.close());

  it('keeps the notes for health roles: 403 for others, every read audited, never in the feed or the log', async () => {
    const res = await record(tokens.hw!, session());
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    const content = (token: string) =>
      call(t.app, { method: 'GET', url: `/api/outreach/counselling/${id}/content`, token });

    for (const name of ['fw', 'viewer', 'coord']) {
      const denied = await content(tokens[name]!);
      expect(denied.statusCode, name).toBe(403);
      expect(denied.body, name).not.toContain('slept');
    }
    expect((await content(tokens.hwB!)).statusCode).toBe(404);
    expect((await content(tokens.stranger!)).statusCode).toBe(404);
    const read = await content(tokens.hw!);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ sessionId: id, notes, referralReason });
    expect((await content(tokens.granted!)).json().notes).toBe(notes);
    const audited = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'counselling.content.read')
      .where('entity_id', '=', id)
      .execute();
    expect(audited).toHaveLength(2);

    const plain = await call(t.app, {
      method: 'GET',
      url: `/api/outreach/counselling/${id}`,
      token: tokens.fw!,
    });
    expect(plain.json()).toMatchObject({
      id,
      kind: 'mental_health',
      mode: 'individual',
      personIds: [priya],
      durationMinutes: 40,
      referral: { to: 'District mental health programme' },
    });
    expect(plain.body).not.toContain('slept');
    expect(plain.body).not.toContain(referralReason);

    const pulled = await call(t.app, {
      method: 'GET',
      url: '/api/sync/pull?since=0&limit=1000',
      token: tokens.hw!,
    });
    const feed = pulled.json().changes.filter((c: { entity: string }) => c.entity === 'counselling_session');
    expect(feed.map((c: { id: string }) => c.id)).toContain(id);
    expect(pulled.body).not.toContain('slept');
    expect(pulled.body).not.toContain(referralReason);
    const changes = await t.database.db.selectFrom('changes').select('data').execute();
    expect(changes.some((c) => c.data.includes('slept') || c.data.includes(referralReason))).toBe(false);
    const logged = await t.database.db
      .selectFrom('commands')
      .selectAll()
      .where('type', '=', 'counselling.record')
      .execute();
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.some((c) => `${c.payload}${c.result}`.includes('slept'))).toBe(false);
    expect(logged.some((c) => `${c.payload}${c.result}`.includes(referralReason))).toBe(false);
  });

  it('keeps an HIV adherence session itself from anyone who may not read counselling notes', async () => {
    const asha = await makePerson(t.database, org, 'Asha', wardA);
    const res = await record(tokens.hw!, session({ kind: 'hiv_adherence', personId: asha }));
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    const one = (token: string) =>
      call(t.app, { method: 'GET', url: `/api/outreach/counselling/${id}`, token });
    const listed = async (token: string) =>
      (await call(t.app, { method: 'GET', url: `/api/outreach/counselling?personId=${asha}`, token }))
        .json()
        .items.map((s: { id: string }) => s.id) as string[];
    for (const name of ['fw', 'viewer', 'coord']) {
      expect((await one(tokens[name]!)).statusCode, name).toBe(404);
      expect(await listed(tokens[name]!), name).not.toContain(id);
    }
    expect((await one(tokens.hw!)).json()).toMatchObject({ id, kind: 'hiv_adherence' });
    expect(await listed(tokens.hw!)).toContain(id);
    expect(await listed(tokens.granted!)).toContain(id);
    const fed = await t.database.db
      .selectFrom('changes')
      .select('entity_id')
      .where('entity_id', '=', id)
      .execute();
    expect(fed).toEqual([]);
  });

  it('records a group session for a list of people or a group’s members, each having consented', async () => {
    const [group] = await asSystem(t.database, org, [
      {
        type: 'group.create',
        payload: {
          kind: 'shg',
          name: 'Jyoti SHG',
          areaId: wardA,
          formedOn: '2025-01-06',
          cadence: 'weekly',
          meetingWeekday: 'monday',
        },
      },
    ]);
    const members = await asSystem(
      t.database,
      org,
      ['Kavita', 'Lakshmi', 'Mohini'].map((givenName) => ({
        type: 'person.create',
        payload: {
          givenName,
          sex: 'female',
          areaId: wardA,
          consent: { given: true, date: '2025-01-06' },
          membership: { groupId: group!.id, joinedOn: '2025-01-06' },
        },
      })),
    );
    const base = {
      kind: 'vaccine',
      mode: 'group',
      heldOn: '2026-11-18',
      durationMinutes: 60,
      notes: 'Questions on the second dose.',
    };
    const byGroup = await record(tokens.fw!, { ...base, groupId: group!.id });
    expect(byGroup.statusCode).toBe(201);
    const view = await call(t.app, {
      method: 'GET',
      url: `/api/outreach/counselling/${byGroup.json().id}`,
      token: tokens.fw!,
    });
    expect(view.json().personIds).toEqual(members.map((m) => m.id).sort());
    expect(view.json()).toMatchObject({ groupId: group!.id, mode: 'group' });

    const byList = await record(tokens.fw!, { ...base, personIds: [priya, members[0]!.id] });
    expect(byList.statusCode).toBe(201);

    const before = await sessionCount();
    const neither = await record(tokens.fw!, base);
    expect(neither.json()).toMatchObject({
      status: 422,
      code: 'counselling.group_participants',
      field: 'personIds',
    });
    const both = await record(tokens.fw!, {
      ...base,
      groupId: group!.id,
      personIds: [priya, members[1]!.id],
    });
    expect(both.json()).toMatchObject({ status: 422, code: 'counselling.group_participants' });
    const noConsent = await makePerson(t.database, org, 'Nirmala', wardA, false);
    const refused = await record(tokens.fw!, { ...base, personIds: [priya, noConsent] });
    expect(refused.json()).toMatchObject({
      status: 422,
      code: 'outreach.consent_required',
      field: 'personIds.1',
    });
    const future = await record(tokens.fw!, session({ heldOn: '2099-01-01' }));
    expect(future.json()).toMatchObject({ status: 422, code: 'counselling.held_in_future', field: 'heldOn' });
    const stranger = await record(
      tokens.fw!,
      session({ counsellorUserId: '01900000-0000-7000-8000-0000000000aa' }),
    );
    expect(stranger.json()).toMatchObject({
      status: 422,
      code: 'reference.not_found',
      field: 'counsellorUserId',
    });
    expect(await sessionCount()).toBe(before);
  });

  it('refuses a session about someone outside the worker’s area or in another organisation, writing nothing', async () => {
    const outside = await makePerson(t.database, org, 'Omana', wardB);
    const before = await sessionCount();
    const res = await record(tokens.fw!, session({ personId: outside }));
    expect(res.statusCode).toBe(403);
    expect((await record(tokens.viewer!, session())).statusCode).toBe(403);
    const theirs = await record(tokens.stranger!, session());
    expect(theirs.json()).toMatchObject({ status: 422, code: 'reference.not_found', field: 'personId' });
    expect(await sessionCount()).toBe(before);
  });

  it('lists sessions of a person and of an area, without notes, within the reader’s scope', async () => {
    const outside = await makePerson(t.database, org, 'Padma', wardB);
    expect(
      (await record(tokens.hwB!, session({ personId: outside, kind: 'hiv_adherence' }))).statusCode,
    ).toBe(201);
    const list = async (query: string, token = tokens.granted!) => {
      const res = await call(t.app, { method: 'GET', url: `/api/outreach/counselling${query}`, token });
      return res;
    };
    const hers = (await list(`?personId=${priya}`)).json().items;
    expect(hers.length).toBe(2);
    expect(hers.every((s: { personIds: string[] }) => s.personIds.includes(priya))).toBe(true);
    const wardBSessions = (await list(`?areaId=${wardB}`)).json().items;
    expect(wardBSessions.map((s: { personIds: string[] }) => s.personIds)).toEqual([[outside]]);
    const fwSees = (await list('', tokens.fw!)).json().items;
    expect(fwSees.some((s: { personIds: string[] }) => s.personIds.includes(outside))).toBe(false);
    expect(fwSees.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(fwSees)).not.toContain('slept');
    expect((await list(`?areaId=${wardB}`, tokens.fw!)).statusCode).toBe(404);
    expect((await list(`?personId=${outside}`, tokens.fw!)).statusCode).toBe(404);
    expect((await list(`?personId=${priya}`, tokens.stranger!)).statusCode).toBe(404);
    const paged = await list('?limit=1');
    expect(paged.json().items).toHaveLength(1);
    const next = await list(`?limit=1&cursor=${paged.json().nextCursor}`);
    expect(next.json().items[0].id).not.toBe(paged.json().items[0].id);
  });
});

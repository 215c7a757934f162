import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.ts';
import { asSystem, call, login, makeOrg, makeUser, startTestApp, type TestApp } from '../testing/harness.ts';

const constitution = {
  savingAmountPerMeeting: 10_000,
  interestRateBpsPerMonth: 200,
  loanCapMultipleOfSavings: 2,
};

describe.each(testDatabaseKinds())('groups, memberships and offices on $name', (kind) => {
  let t: TestApp;
  let token: string;
  let areaId: string;
  let federationId: string;

  const post = (url: string, payload: unknown) => call(t.app, { method: 'POST', url, token, payload });
  const get = (url: string) => call(t.app, { method: 'GET', url, token });

  async function person(name: string) {
    const res = await post('/api/people', { givenName: name, sex: 'female', areaId });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  }

  async function shg(name: string, formedOn = '2022-01-10') {
    const res = await post('/api/groups', {
      kind: 'shg',
      name,
      areaId,
      formedOn,
      cadence: 'weekly',
      meetingWeekday: 'tuesday',
      parentId: federationId,
      constitution,
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    const org = await makeOrg(t.database, 'groups-org');
    [{ id: areaId }] = (await asSystem(t.database, org, [
      { type: 'area.create', payload: { name: 'Panchavati', kind: 'ward' } },
    ])) as [{ id: string }];
    await makeUser(t.database, org, 'coord@groups', 'coordinator');
    token = await login(t.app, 'coord@groups');
    const fed = await post('/api/groups', {
      kind: 'federation',
      name: 'Nashik Federation',
      formedOn: '2018-01-01',
      cadence: 'monthly',
      meetingDayOfMonth: 5,
    });
    federationId = fed.json().id;
  });
  afterAll(() => t.close());

  it('forms a group under a federation with its constitution', async () => {
    const id = await shg('Savitribai Mahila Bachat Gat');
    const res = await get(`/api/groups/${id}`);
    expect(res.json()).toMatchObject({
      kind: 'shg',
      parentId: federationId,
      constitution: { ...constitution, fineRules: [], shareOutRule: 'proportional' },
      memberCount: 0,
      warnings: [{ code: 'group.size_below_min', params: { count: 0, min: 10, max: 20 } }],
    });
  });

  it('refuses a parent that is not a federation', async () => {
    const id = await shg('Jijau SHG');
    const res = await post('/api/groups', {
      kind: 'shg',
      name: 'Child',
      formedOn: '2022-01-01',
      cadence: 'weekly',
      parentId: id,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'group.parent_not_federation', field: 'parentId' });
  });

  it('keeps one current membership per person and warns past 20 members', async () => {
    const groupId = await shg('Ramai SHG');
    const people = await Promise.all(Array.from({ length: 21 }, (_, i) => person(`Member ${i}`)));
    for (const personId of people.slice(0, 20)) {
      expect(
        (await post(`/api/groups/${groupId}/members`, { personId, joinedOn: '2022-02-01' })).statusCode,
      ).toBe(201);
    }
    const twentyFirst = await post(`/api/groups/${groupId}/members`, {
      personId: people[20],
      joinedOn: '2022-02-01',
    });
    expect(twentyFirst.statusCode).toBe(201);
    expect(twentyFirst.json().warnings).toEqual([
      { code: 'group.size_above_max', params: { count: 21, max: 20 } },
    ]);
    const again = await post(`/api/groups/${groupId}/members`, {
      personId: people[0],
      joinedOn: '2022-03-01',
    });
    expect(again).toMatchObject({ statusCode: 409 });
    expect(again.json().code).toBe('membership.already_member');
    const early = await post(`/api/groups/${groupId}/members`, {
      personId: await person('Early'),
      joinedOn: '2021-01-01',
    });
    expect(early.json()).toMatchObject({ code: 'membership.join_before_formed', field: 'joinedOn' });
  });

  it('records elections, keeps history, and allows one office per person at a time', async () => {
    const groupId = await shg('Ahilya SHG');
    const [asha, meena, kavita] = [await person('Asha'), await person('Meena'), await person('Kavita')];
    for (const personId of [asha, meena])
      await post(`/api/groups/${groupId}/members`, { personId, joinedOn: '2022-01-10' });
    const first = await post(`/api/groups/${groupId}/offices`, {
      personId: asha,
      office: 'president',
      termStart: '2022-01-10',
    });
    expect(first.statusCode).toBe(201);
    const both = await post(`/api/groups/${groupId}/offices`, {
      personId: asha,
      office: 'treasurer',
      termStart: '2022-06-01',
    });
    expect(both.json()).toMatchObject({ code: 'office.person_holds_other', field: 'personId' });
    const outsider = await post(`/api/groups/${groupId}/offices`, {
      personId: kavita,
      office: 'secretary',
      termStart: '2022-06-01',
    });
    expect(outsider.json()).toMatchObject({ code: 'office.not_member' });
    const election = await post(`/api/groups/${groupId}/offices`, {
      personId: meena,
      office: 'president',
      termStart: '2023-01-10',
      electedOn: '2023-01-03',
    });
    expect(election.statusCode).toBe(201);
    const history = (await get(`/api/groups/${groupId}/offices`)).json().items;
    expect(history).toEqual([
      expect.objectContaining({
        personId: asha,
        office: 'president',
        termStart: '2022-01-10',
        termEnd: '2023-01-10',
      }),
      expect.objectContaining({
        personId: meena,
        office: 'president',
        termStart: '2023-01-10',
        termEnd: null,
      }),
    ]);
    const group = (await get(`/api/groups/${groupId}`)).json();
    expect(group.officeHolders.map((o: { personId: string }) => o.personId)).toEqual([meena]);
    const backdated = await post(`/api/groups/${groupId}/offices`, {
      personId: asha,
      office: 'president',
      termStart: '2022-12-01',
    });
    expect(backdated.json()).toMatchObject({ code: 'office.term_overlaps_history' });
  });

  it('ends a membership with a reason and ends her office the same day', async () => {
    const groupId = await shg('Ramabai SHG');
    const sunita = await person('Sunita');
    const membership = (
      await post(`/api/groups/${groupId}/members`, { personId: sunita, joinedOn: '2022-01-10' })
    ).json().id;
    await post(`/api/groups/${groupId}/offices`, {
      personId: sunita,
      office: 'secretary',
      termStart: '2022-02-01',
    });
    const before = await post(`/api/memberships/${membership}/end`, {
      leftOn: '2021-12-01',
      reason: 'moved',
    });
    expect(before.json()).toMatchObject({ code: 'membership.leave_before_join', field: 'leftOn' });
    const left = await post(`/api/memberships/${membership}/end`, {
      leftOn: '2024-05-01',
      reason: 'married',
    });
    expect(left.statusCode).toBe(201);
    expect(left.json().warnings).toEqual([{ code: 'group.size_below_min', params: { count: 0, min: 10 } }]);
    const members = (await get(`/api/groups/${groupId}/members`)).json().items;
    expect(members).toEqual([
      expect.objectContaining({ personId: sunita, leftOn: '2024-05-01', leaveReason: 'married' }),
    ]);
    const offices = (await get(`/api/groups/${groupId}/offices`)).json().items;
    expect(offices).toEqual([expect.objectContaining({ office: 'secretary', termEnd: '2024-05-01' })]);
    const twice = await post(`/api/memberships/${membership}/end`, { leftOn: '2024-06-01', reason: 'moved' });
    expect(twice.json().code).toBe('membership.not_current');
    const current = (await get(`/api/groups/${groupId}/members?current=true`)).json().items;
    expect(current).toEqual([]);
  });

  it('filters and pages the group list', async () => {
    const all = (await get('/api/groups?kind=shg&limit=2')).json();
    expect(all.items).toHaveLength(2);
    expect(all.nextCursor).toEqual(expect.any(String));
    const next = (await get(`/api/groups?kind=shg&limit=2&cursor=${all.nextCursor}`)).json();
    expect(next.items[0].id > all.items[1].id).toBe(true);
    const found = (await get('/api/groups?q=Ahilya')).json().items;
    expect(found.map((g: { name: string }) => g.name)).toEqual(['Ahilya SHG']);
    const bad = await get('/api/groups?cursor=nonsense');
    expect(bad.json()).toMatchObject({ code: 'request.bad_cursor', field: 'cursor' });
  });
});

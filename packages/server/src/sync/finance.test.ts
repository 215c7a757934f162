import { newId } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.ts';
import { allPresent, type FinanceGroup, makeFinanceGroup } from '../finance/testing.ts';
import { asSystem, call, login, makeOrg, makeUser, startTestApp, type TestApp } from '../testing/harness.ts';

interface Snapshot {
  groupId: string;
  loans: { id: string; status: string; schedule: unknown[] }[];
}

describe.each(testDatabaseKinds())('finance snapshot for devices on $name', (kind) => {
  let t: TestApp;
  let mine: FinanceGroup;
  let other: FinanceGroup;
  let loanId: string;
  let admin: string;
  let worker: string;
  let stranger: string;
  let networkViewer: string;

  const get = (token: string, query = '') =>
    call(t.app, { method: 'GET', url: `/api/sync/finance${query}`, token });

  beforeAll(async () => {
    t = await startTestApp(kind);
    const org = await makeOrg(t.database, 'snap-org');
    mine = await makeFinanceGroup(t.database, org, { size: 5 });
    other = await makeFinanceGroup(t.database, org, { size: 4 });
    loanId = newId();
    await asSystem(t.database, org, [
      {
        type: 'meeting.record',
        payload: {
          groupId: mine.groupId,
          heldOn: '2025-02-03',
          attendance: allPresent(mine.members),
          savings: mine.members.map((personId) => ({ personId, amount: 20_000 })),
          loans: [
            {
              id: loanId,
              personId: mine.members[0],
              principal: 40_000,
              method: 'flat',
              instalments: 2,
              frequency: 'monthly',
              purpose: 'Seeds',
            },
          ],
        },
      },
    ]);
    await makeUser(t.database, org, 'admin@snap', 'admin');
    await makeUser(t.database, org, 'fw@snap', 'field_worker', { areaIds: [mine.areaId] });
    await makeUser(t.database, org, 'network@snap', 'network_viewer');
    const elsewhere = await makeOrg(t.database, 'snap-other');
    await makeUser(t.database, elsewhere, 'admin@snap-other', 'admin');
    admin = await login(t.app, 'admin@snap');
    worker = await login(t.app, 'fw@snap');
    stranger = await login(t.app, 'admin@snap-other');
    networkViewer = await login(t.app, 'network@snap');
  });
  afterAll(() => t.close());

  it('gives each group what its finance page shows, with the open loans and their schedules', async () => {
    const res = await get(admin);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Snapshot[];
    expect(items.map((i) => i.groupId).sort()).toEqual([mine.groupId, other.groupId].sort());
    const snapshot = items.find((i) => i.groupId === mine.groupId)!;
    const page = await call(t.app, {
      method: 'GET',
      url: `/api/groups/${mine.groupId}/finance`,
      token: admin,
    });
    const { loans, ...summary } = snapshot;
    expect(summary).toEqual(page.json());
    expect(loans).toHaveLength(1);
    expect(loans[0]).toMatchObject({ id: loanId, personId: mine.members[0], principal: 40_000 });
    expect(loans[0]!.schedule).toHaveLength(2);
    const loan = await call(t.app, { method: 'GET', url: `/api/loans/${loanId}`, token: admin });
    expect(loans[0]).toEqual(loan.json());
    expect(items.find((i) => i.groupId === other.groupId)?.loans).toEqual([]);
  });

  it('gives a scoped user only her groups, and refuses a named group outside her scope', async () => {
    const all = (await get(worker)).json().items as Snapshot[];
    expect(all.map((i) => i.groupId)).toEqual([mine.groupId]);
    const named = await get(worker, `?groupIds=${mine.groupId}`);
    expect(named.json().items.map((i: Snapshot) => i.groupId)).toEqual([mine.groupId]);
    const outside = await get(worker, `?groupIds=${mine.groupId},${other.groupId}`);
    expect(outside.statusCode).toBe(404);
    expect(outside.body).not.toContain(mine.groupId);
  });

  it('shows another organisation nothing, and refuses a role that may not sync', async () => {
    const theirs = await get(stranger);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().items).toEqual([]);
    const named = await get(stranger, `?groupIds=${mine.groupId}`);
    expect(named.statusCode).toBe(404);
    expect(named.body).not.toContain('Seeds');
    expect((await get(networkViewer)).statusCode).toBe(403);
  });

  it('refuses a list that is not group ids', async () => {
    const res = await get(admin, '?groupIds=not-an-id');
    expect(res.statusCode).toBe(422);
    expect(res.json().field).toBe('query.groupIds');
  });
});

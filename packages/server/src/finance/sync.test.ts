import { newId } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.ts';
import { call, login, makeOrg, makeUser, startTestApp, type TestApp } from '../testing/harness.ts';
import { allPresent, type FinanceGroup, makeFinanceGroup } from './testing.ts';

interface Pulled {
  entity: string;
  id: string;
  op: string;
  data: Record<string, unknown>;
}

describe.each(testDatabaseKinds())('meetings from a phone on $name', (kind) => {
  let t: TestApp;
  let g: FinanceGroup;
  let worker: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const org = await makeOrg(t.database, 'phone-org');
    g = await makeFinanceGroup(t.database, org, { size: 10 });
    await makeUser(t.database, org, 'worker@phone', 'field_worker', { areaIds: [g.areaId] });
    worker = await login(t.app, 'worker@phone');
  });
  afterAll(() => t.close());

  const push = (commands: unknown[]) =>
    call(t.app, {
      method: 'POST',
      url: '/api/sync/push',
      token: worker,
      payload: { deviceId: 'phone-1', commands },
    });

  it('takes a whole meeting pushed twice once, and sends the meeting and the loan back to the area’s devices', async () => {
    const meetingId = newId();
    const loanId = newId();
    const command = {
      id: newId(),
      type: 'meeting.record',
      at: '2025-02-03T10:00:00Z',
      payload: {
        id: meetingId,
        groupId: g.groupId,
        heldOn: '2025-02-03',
        attendance: allPresent(g.members),
        savings: g.members.map((personId) => ({ personId, amount: 20_000 })),
        loans: [
          {
            id: loanId,
            personId: g.members[0],
            principal: 40_000,
            method: 'flat',
            instalments: 2,
            frequency: 'monthly',
            purpose: 'Seeds',
          },
        ],
      },
    };
    const first = await push([command]);
    expect(first.json().results[0]).toMatchObject({
      status: 'applied',
      result: { id: meetingId, loanIds: [loanId] },
    });
    const resent = await push([command]);
    expect(resent.json().results[0]).toMatchObject({ status: 'duplicate' });
    const meetings = await t.database.db
      .selectFrom('meetings')
      .select('id')
      .where('group_id', '=', g.groupId)
      .execute();
    expect(meetings).toHaveLength(1);

    const repay = {
      id: newId(),
      type: 'meeting.record',
      at: '2025-03-10T10:00:00Z',
      payload: {
        groupId: g.groupId,
        heldOn: '2025-03-10',
        attendance: allPresent(g.members),
        repayments: [{ loanId, amount: 21_600 }],
      },
    };
    expect((await push([repay])).json().results[0].status).toBe('applied');

    const pulled = await call(t.app, {
      method: 'GET',
      url: '/api/sync/pull?since=0&limit=500',
      token: worker,
    });
    const changes = pulled.json().changes as Pulled[];
    const meeting = changes.find((c) => c.entity === 'meeting' && c.id === meetingId);
    expect(meeting?.data).toMatchObject({ heldOn: '2025-02-03', status: 'closed' });
    expect(meeting?.data.entries).toHaveLength(11);
    const loan = changes.filter((c) => c.entity === 'loan' && c.id === loanId);
    expect(loan.map((c) => c.op)).toEqual(['create', 'update']);
    // 2% a month flat on 40,000 is 800 of interest per instalment: the first (20,800) is paid, the 800 more goes to principal.
    expect(loan[1]?.data).toMatchObject({ status: 'active', principalPaid: 20_800, interestPaid: 800 });
  });

  it('reports a refused meeting with its reason and writes none of it', async () => {
    const r = await push([
      {
        id: newId(),
        type: 'meeting.record',
        at: '2025-03-17T10:00:00Z',
        payload: {
          groupId: g.groupId,
          heldOn: '2025-03-17',
          attendance: allPresent(g.members),
          savings: [{ personId: g.members[1], amount: 10_000 }],
          loans: [
            {
              personId: g.members[1],
              principal: 50_000_000,
              method: 'flat',
              instalments: 2,
              frequency: 'monthly',
              purpose: 'Shop',
            },
          ],
        },
      },
    ]);
    const result = r.json().results[0];
    expect(result.status).toBe('rejected');
    expect(result.error).toMatchObject({ status: 409, code: 'loan.over_cap', field: 'loans.0.principal' });
    const held = await t.database.db
      .selectFrom('meetings')
      .select('id')
      .where('held_on', '=', '2025-03-17')
      .execute();
    expect(held).toEqual([]);
  });
});

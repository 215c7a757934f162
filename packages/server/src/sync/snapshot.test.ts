import { newId } from '@groundwork/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.ts';
import { allPresent, type FinanceGroup, makeFinanceGroup } from '../finance/testing.ts';
import { todayIn } from '../finance/today.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { asSystem, call, login, makeOrg, makeUser, startTestApp, type TestApp } from '../testing/harness.ts';
import { meetingDetailDays } from './snapshot.ts';

interface Pulled {
  seq: number;
  entity: string;
  id: string;
  op: string;
  data: Record<string, unknown>;
}
interface Page {
  changes: Pulled[];
  nextCursor: string;
  hasMore: boolean;
}
type State = Map<string, Record<string, unknown>>;

/** What a device does with a change: create puts, update merges, delete removes. */
function apply(state: State, changes: Pulled[]): void {
  for (const c of changes) {
    const key = `${c.entity}:${c.id}`;
    if (c.op === 'delete') state.delete(key);
    else state.set(key, c.op === 'update' ? { ...state.get(key), ...c.data } : c.data);
  }
}

/** A Monday `weeksAgo` weeks before the last one, as YYYY-MM-DD. */
function monday(today: string, weeksAgo: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - (sinceMonday + 7 * weeksAgo) * 86_400_000).toISOString().slice(0, 10);
}

describe.each(testDatabaseKinds())('first sync in one pass on $name', (kind) => {
  let t: TestApp;
  let org: Organisation;
  let g: FinanceGroup;
  let worker: string;
  let loanId: string;
  const today = todayIn('Asia/Kolkata');
  const recentDay = monday(today, 1);

  const pull = async (token: string, query: string): Promise<Page> => {
    const res = await call(t.app, { method: 'GET', url: `/api/sync/pull?${query}`, token });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const meeting = (heldOn: string, extra: Record<string, unknown> = {}) => ({
    type: 'meeting.record',
    payload: {
      groupId: g.groupId,
      heldOn,
      attendance: allPresent(g.members),
      savings: g.members.map((personId) => ({ personId, amount: 10_000 })),
      ...extra,
    },
  });

  beforeAll(async () => {
    t = await startTestApp(kind);
    org = await makeOrg(t.database, 'first-sync');
    g = await makeFinanceGroup(t.database, org, { size: 4, formedOn: '2025-01-06' });
    await makeFinanceGroup(t.database, org, { size: 2 });
    loanId = newId();
    await asSystem(t.database, org, [
      meeting('2025-01-13', {
        loans: [
          {
            id: loanId,
            personId: g.members[0],
            principal: 30_000,
            method: 'flat',
            instalments: 3,
            frequency: 'monthly',
            purpose: 'Goats',
          },
        ],
      }),
      meeting('2025-02-10', { repayments: [{ loanId, amount: 10_600 }] }),
      meeting('2025-03-10', { repayments: [{ loanId, amount: 10_600 }] }),
      meeting(recentDay),
    ]);
    await makeUser(t.database, org, 'fw@first-sync', 'field_worker', { areaIds: [g.areaId] });
    worker = await login(t.app, 'fw@first-sync');
  });
  afterAll(() => t.close());

  it('sends each record once, as its changes leave it, and the changes after it pick up exactly', async () => {
    const replayed: State = new Map();
    let cursor = '0';
    for (;;) {
      const page = await pull(worker, `since=${cursor}&limit=500`);
      apply(replayed, page.changes);
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }

    const snapshot: State = new Map();
    const pages: Page[] = [await pull(worker, 'since=0&compact=true&limit=3')];
    // Writes made while the device is half-way through land after the snapshot, and reach it as changes.
    const later = await asSystem(t.database, org, [
      meeting(monday(today, 0), { repayments: [{ loanId, amount: 10_600 }] }),
    ]);
    while (pages.at(-1)!.hasMore) pages.push(await pull(worker, `since=${pages.at(-1)!.nextCursor}&limit=3`));
    for (const page of pages) apply(snapshot, page.changes);

    expect(pages[0]!.nextCursor).toMatch(/^\d+\.\d+$/);
    const end = pages.findIndex((p) => !p.nextCursor.includes('.'));
    expect(end).toBeGreaterThan(1);
    const keys = pages.slice(0, end + 1).flatMap((p) => p.changes.map((c) => `${c.entity}:${c.id}`));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain(`meeting:${later[0]!.id}`);

    const loanChanges = pages.flatMap((p) => p.changes).filter((c) => c.id === loanId);
    // One create with the repayments merged in, then the repayment made after the snapshot began.
    expect(loanChanges.map((c) => c.op)).toEqual(['create', 'update']);
    expect(loanChanges[0]!.data.principalPaid).toBeGreaterThan(0);

    // Catch the replay up too: both must now agree.
    apply(replayed, (await pull(worker, `since=${cursor}&limit=500`)).changes);
    const detailFrom = new Date(Date.parse(`${today}T00:00:00Z`) - meetingDetailDays * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const expected: State = new Map(
      [...replayed].map(([key, data]) => {
        if (!key.startsWith('meeting:') || String(data.heldOn) > detailFrom) return [key, data];
        const { entries: _entries, ...rest } = data;
        return [key, { ...rest, entriesOmitted: true }];
      }),
    );
    expect(snapshot).toEqual(expected);
    const meetings = [...snapshot.values()].filter((d) => 'heldOn' in d && 'attendance' in d);
    expect(meetings.filter((m) => m.entriesOmitted)).toHaveLength(3);
    const recent = meetings.find((m) => m.heldOn === recentDay);
    expect(recent?.entries).toHaveLength(g.members.length);
  });

  it('ends a snapshot on the cursor of its last change, with nothing more to say', async () => {
    const first = await pull(worker, 'since=0&compact=true&limit=2000');
    expect(first.hasMore).toBe(false);
    expect(first.nextCursor).toMatch(/^\d+$/);
    expect(await pull(worker, `since=${first.nextCursor}`)).toEqual({
      changes: [],
      nextCursor: first.nextCursor,
      hasMore: false,
    });
    const bad = await call(t.app, { method: 'GET', url: '/api/sync/pull?since=1.2.3', token: worker });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().field).toBe('query.since');
  });
});

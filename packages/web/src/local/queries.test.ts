import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeLocalDb, type EntityStore, localDb, type OutboxItem } from './db.ts';
import type { GroupFinance } from './finance.ts';
import {
  currentMembers,
  groupFinance,
  groupMeetings,
  groupOutbox,
  myGroups,
  officeHolders,
  personById,
} from './queries.ts';

const today = '2025-01-14';
const jyoti = 'g-jyoti';
const sakhi = 'g-sakhi';

async function put(store: EntityStore, data: Record<string, unknown> & { id: string }, groupId?: string) {
  await (await localDb()).put('entities', { store, id: data.id, ...(groupId ? { groupId } : {}), data });
}

function finance(groupId: string, lastHeldOn: string | null): GroupFinance {
  return {
    groupId,
    currency: 'INR',
    cash: 150_000,
    bank: [],
    savings: 400_000,
    loansOutstanding: 250_000,
    finesDue: 0,
    socialFund: 10_000,
    members: [],
    lastMeeting: lastHeldOn ? { id: 'm-last', heldOn: lastHeldOn, status: 'closed' } : null,
    nextMeetingDue: null,
    loans: [],
  };
}

function outbox(
  type: string,
  payload: Record<string, unknown>,
  groupId: string,
  status: OutboxItem['status'],
) {
  return { id: `c-${Math.random()}`, type, at: `${today}T08:00:00Z`, payload, status, attempts: 0, groupId };
}

beforeEach(async () => {
  const group = { kind: 'shg', formedOn: '2024-06-04', cadence: 'weekly', meetingWeekday: 'tuesday' };
  await put('area', { id: 'a-nashik', name: 'Nashik', kind: 'district' });
  await put('group', { id: jyoti, name: 'Jyoti', areaId: 'a-nashik', status: 'active', ...group }, jyoti);
  await put('group', { id: sakhi, name: 'Sakhi', areaId: null, status: 'active', ...group }, sakhi);
  await put('group', { id: 'g-old', name: 'Closed one', areaId: null, status: 'closed', ...group }, 'g-old');
  await put('person', { id: 'p-meena', givenName: 'Meena', familyName: 'Jadhav' });
  await put('person', { id: 'p-asha', givenName: 'Asha', familyName: null });
  const membership = (id: string, personId: string, groupId: string, leftOn: string | null = null) =>
    put('membership', { id, groupId, personId, joinedOn: '2024-06-04', leftOn }, groupId);
  await membership('ms-1', 'p-meena', jyoti);
  await membership('ms-2', 'p-asha', jyoti);
  await membership('ms-3', 'p-gone', jyoti, '2024-12-01');
  await membership('ms-4', 'p-asha', sakhi);
  const term = (id: string, office: string, personId: string, termStart: string, termEnd: string | null) =>
    put('office_term', { id, groupId: jyoti, personId, office, termStart, termEnd }, jyoti);
  await term('t-1', 'president', 'p-meena', '2024-06-04', null);
  await term('t-2', 'secretary', 'p-asha', '2024-06-04', '2024-12-01');
  await put('meeting', { id: 'm-1', groupId: jyoti, heldOn: '2025-01-07', status: 'closed' }, jyoti);
  await put('meeting', { id: 'm-2', groupId: jyoti, heldOn: '2024-12-31', status: 'closed' }, jyoti);
  const db = await localDb();
  await db.put('group_finance', finance(jyoti, '2025-01-07'));
  await db.put('group_finance', finance(sakhi, '2024-12-24'));
  await db.add(
    'outbox',
    outbox('meeting.record', { groupId: sakhi, heldOn: '2025-01-13' }, sakhi, 'pending'),
  );
  await db.add('outbox', outbox('person.create', { givenName: 'Rani' }, sakhi, 'rejected'));
  await db.add('outbox', outbox('person.update', { id: 'p-meena' }, jyoti, 'pending'));
});

afterEach(async () => {
  const db = await localDb();
  await Promise.all([db.clear('entities'), db.clear('outbox'), db.clear('group_finance'), db.clear('meta')]);
  await closeLocalDb();
});

describe('myGroups', () => {
  it('gives each open group with its area, members, money, last meeting and waiting changes', async () => {
    const groups = await myGroups(today);
    const byName = Object.fromEntries(groups.map((g) => [g.group.name, g]));
    expect(Object.keys(byName).sort()).toEqual(['Jyoti', 'Sakhi']);
    expect(byName.Jyoti).toMatchObject({
      areaName: 'Nashik',
      memberCount: 2,
      lastHeldOn: '2025-01-07',
      pending: 1,
      rejected: 0,
    });
    expect(byName.Jyoti?.finance?.cash).toBe(150_000);
    expect(byName.Sakhi).toMatchObject({ areaName: null, memberCount: 1, pending: 1, rejected: 1 });
    expect(byName.Sakhi?.lastHeldOn).toBe('2025-01-13');
  });
});

describe('one group', () => {
  it('lists the current members with their person, by name', async () => {
    const members = await currentMembers(jyoti, today);
    expect(members.map((m) => m.person?.givenName)).toEqual(['Asha', 'Meena']);
  });

  it('lists the office terms running today', async () => {
    const holders = await officeHolders(jyoti, today);
    expect(holders.map((h) => [h.term.office, h.person?.givenName])).toEqual([['president', 'Meena']]);
  });

  it('lists its meetings latest first, its money and its outbox', async () => {
    expect((await groupMeetings(jyoti)).map((m) => m.heldOn)).toEqual(['2025-01-07', '2024-12-31']);
    expect((await groupFinance(sakhi))?.lastMeeting?.heldOn).toBe('2024-12-24');
    expect((await groupOutbox(sakhi)).map((i) => i.type)).toEqual(['meeting.record', 'person.create']);
    expect((await personById('p-meena'))?.familyName).toBe('Jadhav');
    expect(await personById('p-nobody')).toBeUndefined();
  });
});

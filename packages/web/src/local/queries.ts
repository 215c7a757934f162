import type { Entity, EntityStore, OutboxItem } from './db.ts';
import { localDb } from './db.ts';
import type { GroupFinance } from './finance.ts';

/** A group as the change feed describes it. */
export interface LocalGroup extends Entity {
  kind: string;
  name: string;
  areaId: string | null;
  formedOn: string;
  cadence: 'weekly' | 'fortnightly' | 'monthly';
  meetingWeekday: 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday' | null;
  meetingDayOfMonth: number | null;
  status: string;
}

export interface LocalArea extends Entity {
  name: string;
  kind: string;
}

export interface LocalPerson extends Entity {
  givenName: string;
  familyName: string | null;
  sex: string;
  birthDate: string | null;
  birthYear: number | null;
  phone: string | null;
  occupation: string | null;
  consent: { given: boolean; date: string | null } | null;
}

export interface LocalMembership extends Entity {
  groupId: string;
  personId: string;
  joinedOn: string;
  leftOn: string | null;
}

export interface LocalOfficeTerm extends Entity {
  groupId: string;
  personId: string;
  office: string;
  termStart: string;
  termEnd: string | null;
}

export interface LocalMeeting extends Entity {
  groupId: string;
  heldOn: string;
  status: string;
}

export interface Member {
  membership: LocalMembership;
  /** Missing while the feed has brought the membership but not yet the person. */
  person: LocalPerson | undefined;
}

export interface OfficeHolder {
  term: LocalOfficeTerm;
  person: LocalPerson | undefined;
}

/** What the list of groups needs of one group, read in one pass over the local stores. */
export interface GroupSummary {
  group: LocalGroup;
  areaName: string | null;
  memberCount: number;
  finance: GroupFinance | undefined;
  /** The latest meeting the phone knows of: pulled from the server or waiting in the outbox. */
  lastHeldOn: string | null;
  pending: number;
  rejected: number;
}

async function one<T extends Entity>(store: EntityStore, id: string): Promise<T | undefined> {
  const stored = await (await localDb()).get('entities', [store, id]);
  return stored?.data as T | undefined;
}

async function all<T extends Entity>(store: EntityStore): Promise<T[]> {
  const stored = await (await localDb()).getAllFromIndex('entities', 'byStore', store);
  return stored.map((s) => s.data as T);
}

/** The entities of one group, by the group id the sync engine keeps beside each of them. */
async function inGroup<T extends Entity>(store: EntityStore, groupId: string): Promise<T[]> {
  const stored = await (await localDb()).getAllFromIndex('entities', 'byGroup', [store, groupId]);
  return stored.map((s) => s.data as T);
}

const isCurrent = (from: string, to: string | null, today: string) => from <= today && (!to || to > today);

export const personById = (id: string) => one<LocalPerson>('person', id);
export const groupById = (id: string) => one<LocalGroup>('group', id);
export const areaById = (id: string) => one<LocalArea>('area', id);

export async function groupFinance(groupId: string): Promise<GroupFinance | undefined> {
  return (await localDb()).get('group_finance', groupId);
}

/** The group's meetings, the latest first. */
export async function groupMeetings(groupId: string): Promise<LocalMeeting[]> {
  const meetings = await inGroup<LocalMeeting>('meeting', groupId);
  return meetings.filter((m) => m.heldOn).sort((a, b) => (a.heldOn < b.heldOn ? 1 : -1));
}

async function withPeople<T extends { personId: string }>(rows: T[]) {
  return Promise.all(rows.map(async (row) => ({ row, person: await personById(row.personId) })));
}

/** Who is a member on `today`, by name. */
export async function currentMembers(groupId: string, today: string): Promise<Member[]> {
  const memberships = await inGroup<LocalMembership>('membership', groupId);
  const current = memberships.filter((m) => isCurrent(m.joinedOn, m.leftOn, today));
  const joined = await withPeople(current);
  return joined
    .map(({ row, person }) => ({ membership: row, person }))
    .sort((a, b) => (a.person?.givenName ?? '').localeCompare(b.person?.givenName ?? ''));
}

/** The terms running on `today`. */
export async function officeHolders(groupId: string, today: string): Promise<OfficeHolder[]> {
  const terms = await inGroup<LocalOfficeTerm>('office_term', groupId);
  const current = terms.filter((term) => isCurrent(term.termStart, term.termEnd, today));
  return (await withPeople(current)).map(({ row, person }) => ({ term: row, person }));
}

/** Commands about the group not yet accepted by the server, in the order they were made. */
export async function groupOutbox(groupId: string): Promise<OutboxItem[]> {
  const items = await (await localDb()).getAll('outbox');
  return items.filter((item) => item.groupId === groupId);
}

export async function outboxItem(seq: number): Promise<OutboxItem | undefined> {
  return (await localDb()).get('outbox', seq);
}

/** Meetings recorded on the phone and not yet sent: their date counts as the group's last meeting. */
function heldOnOf(item: OutboxItem): string | null {
  const heldOn = item.payload.heldOn;
  return item.type === 'meeting.record' && typeof heldOn === 'string' ? heldOn : null;
}

const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/** Every group the user's scope brought to the phone (closed ones aside), with what its card shows. */
export async function myGroups(today: string): Promise<GroupSummary[]> {
  const db = await localDb();
  const [groups, areas, memberships, meetings, finances, outbox] = await Promise.all([
    all<LocalGroup>('group'),
    all<LocalArea>('area'),
    all<LocalMembership>('membership'),
    all<LocalMeeting>('meeting'),
    db.getAll('group_finance'),
    db.getAll('outbox'),
  ]);
  const areaNames = new Map(areas.map((a) => [a.id, a.name]));
  const financeOf = new Map(finances.map((f) => [f.groupId, f]));
  const members = new Map<string, number>();
  for (const m of memberships) {
    if (isCurrent(m.joinedOn, m.leftOn, today)) members.set(m.groupId, (members.get(m.groupId) ?? 0) + 1);
  }
  const last = new Map<string, string | null>();
  for (const m of meetings) if (m.heldOn) last.set(m.groupId, later(last.get(m.groupId) ?? null, m.heldOn));
  const pending = new Map<string, number>();
  const rejected = new Map<string, number>();
  for (const item of outbox) {
    if (!item.groupId) continue;
    const counts = item.status === 'rejected' ? rejected : pending;
    counts.set(item.groupId, (counts.get(item.groupId) ?? 0) + 1);
    last.set(item.groupId, later(last.get(item.groupId) ?? null, heldOnOf(item)));
  }
  return groups
    .filter((g) => g.status !== 'closed')
    .map((group) => {
      const finance = financeOf.get(group.id);
      return {
        group,
        areaName: group.areaId ? (areaNames.get(group.areaId) ?? null) : null,
        memberCount: members.get(group.id) ?? 0,
        finance,
        lastHeldOn: later(last.get(group.id) ?? null, finance?.lastMeeting?.heldOn ?? null),
        pending: pending.get(group.id) ?? 0,
        rejected: rejected.get(group.id) ?? 0,
      };
    });
}

import type { WebKey } from '../i18n/i18n.ts';
import type { OutboxItem } from '../local/db.ts';
import { fullName } from './format.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A member added on the phone and not yet on the server: shown from the outbox until the pull brings her. */
export interface PendingMember {
  seq: number;
  personId: string;
  name: string;
  status: OutboxItem['status'];
}

export function pendingMembers(items: OutboxItem[], groupId: string): PendingMember[] {
  return items
    .filter((item) => {
      const membership = item.payload.membership as { groupId?: unknown } | undefined;
      return item.type === 'person.create' && membership?.groupId === groupId;
    })
    .map((item) => ({
      seq: item.seq ?? 0,
      personId: text(item.payload.id),
      name: fullName(item.payload),
      status: item.status,
    }));
}

/** The people with changes still waiting to reach the server. */
export function peopleWithPendingChanges(items: OutboxItem[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    if (item.type === 'person.update') ids.add(text(item.payload.id));
    if (item.type === 'person.consent.record') ids.add(text(item.payload.personId));
  }
  return ids;
}

export interface PendingElection {
  seq: number;
  office: string;
  personId: string;
  termStart: string;
  status: OutboxItem['status'];
}

export function pendingElections(items: OutboxItem[]): PendingElection[] {
  return items
    .filter((item) => item.type === 'office.assign')
    .map((item) => ({
      seq: item.seq ?? 0,
      office: text(item.payload.office),
      personId: text(item.payload.personId),
      termStart: text(item.payload.termStart),
      status: item.status,
    }));
}

export interface PendingMeeting {
  seq: number;
  heldOn: string;
  status: OutboxItem['status'];
}

export function pendingMeetings(items: OutboxItem[]): PendingMeeting[] {
  return items
    .filter((item) => item.type === 'meeting.record')
    .map((item) => ({ seq: item.seq ?? 0, heldOn: text(item.payload.heldOn), status: item.status }));
}

/** What a refused command was, for the person who made it, and where to correct it. */
export interface Refusal {
  seq: number;
  what: WebKey;
  params: Record<string, string>;
  reason: string;
  code: string;
  /** The form that makes this kind of command, opened on the refused one; none for kinds made elsewhere. */
  fixHref: string | null;
}

function fixHrefOf(item: OutboxItem, groupId: string): string | null {
  const seq = item.seq ?? 0;
  if (item.type === 'person.create') return `/groups/${groupId}/members/new?fix=${seq}`;
  if (item.type === 'person.update')
    return `/groups/${groupId}/members/${text(item.payload.id)}/edit?fix=${seq}`;
  if (item.type === 'office.assign') return `/groups/${groupId}/election?fix=${seq}`;
  return null;
}

const whatOf: Record<string, WebKey> = {
  'person.create': 'field.refused.person_create',
  'person.update': 'field.refused.person_update',
  'person.consent.record': 'field.refused.consent_record',
  'office.assign': 'field.refused.office_assign',
  'meeting.record': 'field.refused.meeting_record',
};

/** The refused commands about the group, each with the name or date that tells it apart. */
export function refusals(
  items: OutboxItem[],
  groupId: string,
  nameOf: (personId: string) => string,
): Refusal[] {
  return items
    .filter((item) => item.status === 'rejected')
    .map((item) => {
      const personId = text(item.payload.personId) || text(item.payload.id);
      return {
        seq: item.seq ?? 0,
        what: Object.hasOwn(whatOf, item.type) ? whatOf[item.type]! : 'field.refused.other',
        params: {
          name: item.type === 'person.create' ? fullName(item.payload) : nameOf(personId),
          date: text(item.payload.heldOn),
        },
        reason: item.error?.detail ?? '',
        code: item.error?.code ?? '',
        fixHref: fixHrefOf(item, groupId),
      };
    });
}

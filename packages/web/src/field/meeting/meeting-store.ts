import { localDb } from '../../local/db.ts';
import type { GroupFinance } from '../../local/finance.ts';
import { type MeetingDraft, readDraft } from './draft.ts';
import {
  type MeetingGroup,
  type MeetingMember,
  readGroup,
  readHeldOn,
  readMember,
  readMembership,
} from './group-data.ts';

/** Everything a meeting needs from the phone, read in one go with no network. */
export interface MeetingData {
  group: MeetingGroup;
  members: MeetingMember[];
  finance: GroupFinance | undefined;
  recordedDates: string[];
  draft: MeetingDraft | undefined;
}

export const draftKey = (groupId: string): string => `meeting-draft:${groupId}`;

/**
 * Reads only this group: its entity, its memberships and their people, its money, its meetings' dates and
 * the draft, in one read-only transaction. Undefined when the group is not on the phone.
 */
export async function loadMeetingData(groupId: string): Promise<MeetingData | undefined> {
  const db = await localDb();
  const tx = db.transaction(['entities', 'group_finance', 'meta'], 'readonly');
  const entities = tx.objectStore('entities');
  const byGroup = entities.index('byGroup');
  const [group, memberships, finance, meetings, draft] = await Promise.all([
    entities.get(['group', groupId]),
    byGroup.getAll(['membership', groupId]),
    tx.objectStore('group_finance').get(groupId),
    byGroup.getAll(['meeting', groupId]),
    tx.objectStore('meta').get(draftKey(groupId)),
  ]);
  const personIds = [
    ...new Set(
      memberships
        .map((m) => readMembership(m.data))
        .filter((m) => m.current)
        .map((m) => m.personId),
    ),
  ];
  const people = await Promise.all(personIds.map((id) => entities.get(['person', id])));
  await tx.done;
  if (!group) return undefined;
  const members = personIds.map((personId, i) =>
    people[i] ? readMember(people[i].data) : { personId, name: '' },
  );
  members.sort((a, b) => a.name.localeCompare(b.name));
  return {
    group: readGroup(group.data),
    members,
    finance,
    recordedDates: meetings.map((m) => readHeldOn(m.data)),
    draft: readDraft(draft, groupId),
  };
}

let writing: Promise<unknown> = Promise.resolve();

/** Keeps the draft at every change, one write after another so the last change is the one that stays. */
export function saveDraft(draft: MeetingDraft): Promise<unknown> {
  writing = writing
    .catch(() => undefined)
    .then(async () => (await localDb()).put('meta', draft, draftKey(draft.groupId)));
  return writing;
}

export function clearDraft(groupId: string): Promise<unknown> {
  writing = writing
    .catch(() => undefined)
    .then(async () => (await localDb()).delete('meta', draftKey(groupId)));
  return writing;
}

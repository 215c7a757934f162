import type { OutboxItem } from '../../local/db.ts';
import type { GroupFinance } from '../../local/finance.ts';
import {
  areaById,
  currentMembers,
  groupById,
  groupFinance,
  groupMeetings,
  groupOutbox,
  type LocalArea,
  type LocalGroup,
  type LocalMeeting,
  type Member,
  type OfficeHolder,
  officeHolders,
} from '../../local/queries.ts';

/** Everything the group page shows, read from the phone. */
export interface GroupPage {
  group: LocalGroup | undefined;
  area: LocalArea | undefined;
  finance: GroupFinance | undefined;
  members: Member[];
  holders: OfficeHolder[];
  meetings: LocalMeeting[];
  outbox: OutboxItem[];
}

export async function loadGroupPage(groupId: string, today: string): Promise<GroupPage> {
  const [group, finance, members, holders, meetings, outbox] = await Promise.all([
    groupById(groupId),
    groupFinance(groupId),
    currentMembers(groupId, today),
    officeHolders(groupId, today),
    groupMeetings(groupId),
    groupOutbox(groupId),
  ]);
  const area = group?.areaId ? await areaById(group.areaId) : undefined;
  return { group, area, finance, members, holders, meetings, outbox };
}

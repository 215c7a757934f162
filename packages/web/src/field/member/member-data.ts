import type { LocalLoan, MemberBalance } from '../../local/finance.ts';
import {
  currentMembers,
  groupById,
  groupFinance,
  groupOutbox,
  type LocalGroup,
  type Member,
} from '../../local/queries.ts';
import { peopleWithPendingChanges } from '../pending.ts';

/** What the member page shows of her, read from the phone. */
export interface MemberPage {
  group: LocalGroup | undefined;
  member: Member | undefined;
  currency: string | undefined;
  balance: MemberBalance | undefined;
  loans: LocalLoan[];
  waiting: boolean;
}

export async function loadMemberPage(groupId: string, personId: string, today: string): Promise<MemberPage> {
  const [group, members, finance, outbox] = await Promise.all([
    groupById(groupId),
    currentMembers(groupId, today),
    groupFinance(groupId),
    groupOutbox(groupId),
  ]);
  return {
    group,
    member: members.find((m) => m.membership.personId === personId),
    currency: finance?.currency,
    balance: finance?.members.find((m) => m.personId === personId),
    loans: (finance?.loans ?? []).filter((l) => l.personId === personId),
    waiting: peopleWithPendingChanges(outbox).has(personId),
  };
}

import { t } from '../../i18n/i18n.ts';
import type { OutboxItem } from '../../local/db.ts';
import type { GroupFinance } from '../../local/finance.ts';
import type { Member } from '../../local/queries.ts';
import { fullName, money } from '../format.ts';
import { pendingMembers, peopleWithPendingChanges } from '../pending.ts';

interface Props {
  groupId: string;
  members: Member[];
  finance: GroupFinance | undefined;
  outbox: OutboxItem[];
}

/** Her savings and loan, on her line of the members list. */
function Amounts({ personId, finance }: { personId: string; finance: GroupFinance | undefined }) {
  const balance = finance?.members.find((m) => m.personId === personId);
  if (!finance || !balance) return null;
  return (
    <span class="amounts">
      <span>
        {t('field.member.savings_short')}{' '}
        <span class="money">{money(balance.savings, finance.currency)}</span>
      </span>
      {balance.loanOutstanding > 0 && (
        <span>
          {t('field.member.loan_short')}{' '}
          <span class="money">{money(balance.loanOutstanding, finance.currency)}</span>
        </span>
      )}
    </span>
  );
}

export function MembersSection({ groupId, members, finance, outbox }: Props) {
  const changed = peopleWithPendingChanges(outbox);
  const known = new Set(members.map((m) => m.membership.personId));
  const added = pendingMembers(outbox, groupId).filter((p) => !known.has(p.personId));
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('field.group.members', { count: members.length })}</h2>
      <ul class="list">
        {members.map(({ membership, person }) => (
          <li key={membership.id}>
            <a href={`/groups/${groupId}/members/${membership.personId}`}>
              <span class="member-name">{fullName(person) || t('field.member.unknown')}</span>
              {changed.has(membership.personId) && <span class="badge pending">{t('field.waiting')}</span>}
              <Amounts personId={membership.personId} finance={finance} />
            </a>
          </li>
        ))}
        {added.map((p) => (
          <li key={p.seq} class="pending-row">
            <span class="member-name">{p.name}</span>{' '}
            <span class={`badge ${p.status === 'rejected' ? 'refused' : 'pending'}`}>
              {p.status === 'rejected' ? t('field.refused') : t('field.waiting')}
            </span>
          </li>
        ))}
      </ul>
      <div class="actions">
        <a class="button" href={`/groups/${groupId}/members/new`}>
          <span aria-hidden="true">+</span> {t('field.group.add_member')}
        </a>
      </div>
    </section>
  );
}

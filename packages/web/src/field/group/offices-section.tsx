import { formatDate, t } from '../../i18n/i18n.ts';
import type { OutboxItem } from '../../local/db.ts';
import type { Member, OfficeHolder } from '../../local/queries.ts';
import { fullName } from '../format.ts';
import { labelOf, officeLabels } from '../labels.ts';
import { pendingElections } from '../pending.ts';

interface Props {
  groupId: string;
  holders: OfficeHolder[];
  members: Member[];
  outbox: OutboxItem[];
}

export function OfficesSection({ groupId, holders, members, outbox }: Props) {
  const officeName = (office: string) => {
    const key = labelOf(officeLabels, office);
    return key ? t(key) : office;
  };
  const nameOf = (personId: string) =>
    fullName(members.find((m) => m.membership.personId === personId)?.person) || t('field.member.unknown');
  const elections = pendingElections(outbox).filter((e) => e.status === 'pending');
  return (
    <section aria-labelledby="offices-title">
      <h2 id="offices-title">{t('field.group.offices')}</h2>
      {holders.length === 0 && elections.length === 0 && <p class="muted">{t('field.group.no_offices')}</p>}
      <ul class="list plain">
        {holders.map(({ term, person }) => (
          <li key={term.id}>
            <strong>{officeName(term.office)}</strong>: {fullName(person) || t('field.member.unknown')}{' '}
            <span class="muted">{t('field.group.since', { date: formatDate(term.termStart) })}</span>
          </li>
        ))}
        {elections.map((e) => (
          <li key={e.seq}>
            <strong>{officeName(e.office)}</strong>: {nameOf(e.personId)}{' '}
            <span class="badge pending">{t('field.waiting')}</span>
          </li>
        ))}
      </ul>
      <div class="actions">
        <a class="button" href={`/groups/${groupId}/election`}>
          {t('field.group.record_election')}
        </a>
      </div>
    </section>
  );
}

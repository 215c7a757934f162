import { t } from '../../i18n/i18n.ts';
import { pendingCount } from '../../sync/outbox.ts';
import { MeetingWhen } from '../groups/meeting-when.tsx';
import { localToday, meetingDue } from '../groups/schedule.ts';
import { groupKindLabels, labelOf } from '../labels.ts';
import { useLocal } from '../use-local.ts';
import { Balances } from './balances.tsx';
import { loadGroupPage } from './group-data.ts';
import { MeetingsSection } from './meetings-section.tsx';
import { MembersSection } from './members-section.tsx';
import { OfficesSection } from './offices-section.tsx';
import { RefusedSection } from './refused-section.tsx';

/** One group: its next meeting first, then its money, members, office holders and meetings. */
export function GroupScreen({ params }: { params: { id: string } }) {
  const today = localToday();
  const page = useLocal(() => loadGroupPage(params.id, today), [params.id, today]);
  if (!page) return <p>{t('app.loading')}</p>;
  const { group, area, finance, members, holders, meetings, outbox } = page;
  if (!group) return <p>{t('field.group.not_here')}</p>;
  const lastHeldOn = [meetings[0]?.heldOn, finance?.lastMeeting?.heldOn]
    .concat(outbox.filter((i) => i.type === 'meeting.record').map((i) => String(i.payload.heldOn ?? '')))
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  const due = meetingDue(group, lastHeldOn ?? null, finance?.nextMeetingDue ?? null, today);
  const kind = labelOf(groupKindLabels, group.kind);
  const waiting = pendingCount(outbox);
  return (
    <>
      <h1>{group.name}</h1>
      <p class="muted">{[kind ? t(kind) : group.kind, area?.name].filter(Boolean).join(' · ')}</p>
      <RefusedSection groupId={group.id} members={members} outbox={outbox} />
      <section class="card next-meeting" aria-labelledby="next-title">
        <h2 id="next-title">{t('field.group.next_meeting')}</h2>
        <p>
          <MeetingWhen due={due} />
        </p>
        <a class="button primary big" href={`/groups/${group.id}/meeting`}>
          <span aria-hidden="true">▶</span> {t('field.group.run_meeting')}
        </a>
        {waiting > 0 && <p class="muted">{t('field.group.waiting', { count: waiting })}</p>}
      </section>
      {finance ? <Balances finance={finance} /> : <p class="muted">{t('field.group.no_finance')}</p>}
      <MembersSection groupId={group.id} members={members} finance={finance} outbox={outbox} />
      <OfficesSection groupId={group.id} holders={holders} members={members} outbox={outbox} />
      <MeetingsSection meetings={meetings} outbox={outbox} />
    </>
  );
}

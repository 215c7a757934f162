import { formatDate, t } from '../../i18n/i18n.ts';
import type { OutboxItem } from '../../local/db.ts';
import type { LocalMeeting } from '../../local/queries.ts';
import { pendingMeetings } from '../pending.ts';

/** How many past meetings the group page lists. */
const recent = 5;

export function MeetingsSection({ meetings, outbox }: { meetings: LocalMeeting[]; outbox: OutboxItem[] }) {
  const waiting = pendingMeetings(outbox).filter((m) => m.status === 'pending');
  return (
    <section aria-labelledby="meetings-title">
      <h2 id="meetings-title">{t('field.group.meetings')}</h2>
      {waiting.length === 0 && meetings.length === 0 && <p class="muted">{t('field.group.no_meetings')}</p>}
      <ul class="list plain">
        {waiting.map((m) => (
          <li key={`pending-${m.seq}`}>
            {formatDate(m.heldOn)} <span class="badge pending">{t('field.waiting')}</span>
          </li>
        ))}
        {meetings.slice(0, recent).map((m) => (
          <li key={m.id}>
            {formatDate(m.heldOn)}{' '}
            <span class="muted">
              {m.status === 'open' ? t('field.group.meeting_open') : t('field.group.meeting_closed')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

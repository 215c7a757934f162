import { formatDate, t } from '../../i18n/i18n.ts';
import type { MeetingDue } from './schedule.ts';

/** When the group meets next, in words; today's and overdue meetings stand out. */
export function MeetingWhen({ due }: { due: MeetingDue }) {
  if (due.state === 'today') return <strong class="due-today">{t('field.groups.meeting_today')}</strong>;
  if (due.state === 'overdue')
    return (
      <strong class="due-overdue">
        {t('field.groups.meeting_overdue', { date: formatDate(due.due!), count: due.missed })}
      </strong>
    );
  if (due.state === 'upcoming')
    return <span>{t('field.groups.meeting_next', { date: formatDate(due.due!) })}</span>;
  return <span class="muted">{t('field.groups.meeting_unknown')}</span>;
}

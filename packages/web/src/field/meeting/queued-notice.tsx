import { formatDate, t } from '../../i18n/i18n.ts';
import type { OutboxItem } from '../../local/db.ts';
import { queuedHeldOn } from './pending.ts';

/** Meetings of this group the server has not taken yet: waiting to be sent, or refused with its reason. */
export function QueuedNotice({ queued }: { queued: OutboxItem[] }) {
  if (queued.length === 0) return null;
  return (
    <div class="queued">
      {queued.map((item) =>
        item.status === 'rejected' ? (
          <p key={item.id} class="card problem" role="alert">
            <span aria-hidden="true">✖ </span>
            {t('meeting.queued.rejected', {
              date: formatDate(queuedHeldOn(item)),
              reason: item.error?.detail ?? '',
            })}
          </p>
        ) : (
          <p key={item.id} class="card warning">
            <span aria-hidden="true">◷ </span>
            {t('meeting.queued.pending', { date: formatDate(queuedHeldOn(item)) })}
          </p>
        ),
      )}
    </div>
  );
}

import { numberLocaleOf } from '@groundwork/core';
import { useState } from 'preact/hooks';
import { formatDateTime, locale, t, type WebKey } from '../i18n/i18n.ts';
import type { OutboxItem } from '../local/db.ts';
import { lastError, lastSyncAt, online, pending, rejected, syncing, syncNow } from '../sync/engine.ts';
import { discard, outboxItems } from '../sync/outbox.ts';

/** "10:42" for a sync today, the date and time for an older one. */
function whenSynced(iso: string): string {
  const at = new Date(iso);
  if (at.toDateString() !== new Date().toDateString()) return formatDateTime(iso);
  return new Intl.DateTimeFormat(numberLocaleOf(locale.value), { timeStyle: 'short' }).format(at);
}

/** The bar under the header: offline or not, what waits to be sent, when the phone last synced. */
export function SyncStatus() {
  const waiting = pending.value;
  const refused = rejected.value;
  const busy = syncing.value;
  const error = lastError.value;
  const at = lastSyncAt.value;
  return (
    <section class="sync-status" aria-label={t('sync.status_label')}>
      <p role="status" aria-live="polite">
        {!online.value && <strong class="badge offline">{t('sync.offline')}</strong>}
        {waiting > 0 && <span class="badge">{t('sync.waiting', { count: waiting })}</span>}
        {refused > 0 && (
          <a class="badge refused" href="#refused-commands">
            {t('sync.refused_count', { count: refused })}
          </a>
        )}
        <span class="muted">
          {busy
            ? t('sync.syncing')
            : at
              ? t('sync.last_synced', { time: whenSynced(at) })
              : t('sync.never_synced')}
        </span>
        {error && !busy && <span class="error">{t('sync.failed', { reason: error })}</span>}
      </p>
      <button type="button" onClick={() => void syncNow()} disabled={busy} aria-busy={busy}>
        {t('sync.now')}
      </button>
    </section>
  );
}

const commandNames: Record<string, WebKey> = {
  'meeting.record': 'sync.command.meeting_record',
  'meeting.close': 'sync.command.meeting_close',
  'person.create': 'sync.command.person_create',
  'person.update': 'sync.command.person_update',
  'membership.add': 'sync.command.membership_add',
  'membership.end': 'sync.command.membership_end',
  'office.assign': 'sync.command.office_assign',
  'entry.record': 'sync.command.entry_record',
  'vaccination.record': 'sync.command.vaccination_record',
  'hesitancy.visit': 'sync.command.hesitancy_visit',
  'home_visit.record': 'sync.command.home_visit_record',
  'follow_up_plan.start': 'sync.command.follow_up_plan_start',
  'pregnancy.register': 'sync.command.pregnancy_register',
  'pregnancy.delivery': 'sync.command.pregnancy_delivery',
  'pregnancy.postnatal': 'sync.command.pregnancy_postnatal',
  'person.consent.record': 'sync.command.person_consent',
};

interface RejectedProps {
  /** Opens the screen that corrects the command; the screens that make a command know how. */
  onFix?: (item: OutboxItem) => void;
  /** The commands to list; all refused ones in the outbox when not given (a group screen passes its own). */
  items?: OutboxItem[];
}

/** Commands the server refused, each with its reason, a way to correct it and a way to drop it. */
export function RejectedCommands({ onFix, items }: RejectedProps) {
  const refused = (items ?? outboxItems.value).filter((i) => i.status === 'rejected');
  if (refused.length === 0) return null;
  return (
    <section id="refused-commands" aria-labelledby="refused-commands-title">
      <h2 id="refused-commands-title">{t('sync.rejected.title', { count: refused.length })}</h2>
      {refused.map((item) => (
        <RejectedCommand key={item.seq} item={item} onFix={onFix} />
      ))}
    </section>
  );
}

function RejectedCommand({ item, onFix }: { item: OutboxItem; onFix?: (item: OutboxItem) => void }) {
  const [confirming, setConfirming] = useState(false);
  const titleId = `refused-command-${item.seq}`;
  return (
    <article class="card" aria-labelledby={titleId}>
      <p id={titleId}>
        <strong>{t(commandNames[item.type] ?? 'sync.command.other')}</strong>{' '}
        <span class="muted">{t('sync.rejected.made', { date: formatDateTime(item.at) })}</span>
      </p>
      <p class="error">{t('sync.rejected.reason', { reason: item.error?.detail ?? '' })}</p>
      {confirming ? (
        <div role="alert" class="actions">
          <p>{t('sync.rejected.confirm')}</p>
          <button type="button" class="danger" onClick={() => item.seq !== undefined && discard(item.seq)}>
            {t('sync.rejected.discard')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('sync.rejected.keep')}
          </button>
        </div>
      ) : (
        <div class="actions">
          {onFix && (
            <button type="button" class="primary" onClick={() => onFix(item)}>
              {t('sync.rejected.fix')}
            </button>
          )}
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t('sync.rejected.discard')}
          </button>
        </div>
      )}
    </article>
  );
}

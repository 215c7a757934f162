import { formatDate, t } from '../../i18n/i18n.ts';
import type { OutboxItem } from '../../local/db.ts';
import type { Member } from '../../local/queries.ts';
import { discard, resubmit } from '../../sync/outbox.ts';
import { fullName } from '../format.ts';
import { refusals } from '../pending.ts';

interface Props {
  groupId: string;
  members: Member[];
  outbox: OutboxItem[];
}

/** Changes the server refused, each with its reason, a way to correct it and a way to drop it. */
export function RefusedSection({ groupId, members, outbox }: Props) {
  const nameOf = (personId: string) =>
    fullName(members.find((m) => m.membership.personId === personId)?.person);
  const refused = refusals(outbox, groupId, nameOf);
  if (refused.length === 0) return null;
  const byId = new Map(outbox.map((item) => [item.seq, item]));
  return (
    <section aria-labelledby="refused-title" class="refused">
      <h2 id="refused-title">{t('field.refused.title', { count: refused.length })}</h2>
      {refused.map((r) => {
        const item = byId.get(r.seq);
        return (
          <article key={r.seq} class="card refused-card" aria-labelledby={`refused-${r.seq}`}>
            <p id={`refused-${r.seq}`}>
              <strong>
                {t(r.what, { ...r.params, date: r.params.date ? formatDate(r.params.date) : '' })}
              </strong>
            </p>
            <p class="error">{r.reason}</p>
            <div class="actions">
              {r.fixHref && (
                <a class="button primary" href={r.fixHref}>
                  {t('field.refused.fix')}
                </a>
              )}
              {r.code === 'person.probable_duplicate' && item && (
                <button
                  type="button"
                  onClick={() => resubmit(r.seq, { ...item.payload, allowDuplicate: true })}
                >
                  {t('field.refused.not_duplicate')}
                </button>
              )}
              <button type="button" class="danger" onClick={() => discard(r.seq)}>
                {t('field.refused.discard')}
              </button>
            </div>
          </article>
        );
      })}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { fullName } from '../field/format.ts';
import { formatDateTime, t, type WebKey } from '../i18n/i18n.ts';
import type { OutboxItem } from '../local/db.ts';
import { discard } from '../sync/outbox.ts';
import { type OutreachCommand, outreachCommands } from './commands.ts';
import type { OutreachPerson } from './people.ts';

/** What each kind of command is called on its card, and the form it is made in (to correct it there). */
const kinds: Record<OutreachCommand, { what: WebKey; form?: string }> = {
  [outreachCommands.personCreate]: { what: 'outreach.refused.person_create' },
  [outreachCommands.consent]: { what: 'outreach.refused.consent', form: 'consent' },
  [outreachCommands.dose]: { what: 'outreach.refused.dose', form: 'dose' },
  [outreachCommands.hesitancyVisit]: { what: 'outreach.refused.hesitancy_visit', form: 'hesitancy' },
  [outreachCommands.planStart]: { what: 'outreach.refused.plan_start' },
  [outreachCommands.homeVisit]: { what: 'outreach.refused.home_visit', form: 'home-visit' },
  [outreachCommands.pregnancyRegister]: { what: 'outreach.refused.pregnancy_register', form: 'pregnancy' },
  [outreachCommands.delivery]: { what: 'outreach.refused.delivery', form: 'delivery' },
  [outreachCommands.postnatalVisit]: { what: 'outreach.refused.postnatal_visit', form: 'postnatal' },
};

const isOutreach = (type: string): type is OutreachCommand => Object.hasOwn(kinds, type);

/** Whom a command is about: the person it registers, or the person its record is for. */
export function subjectOf(item: OutboxItem, pregnancyOwner: (id: string) => string | undefined): string {
  const p = item.payload;
  if (item.type === outreachCommands.personCreate) return String(p.id ?? '');
  if (typeof p.personId === 'string') return p.personId;
  return typeof p.pregnancyId === 'string' ? (pregnancyOwner(p.pregnancyId) ?? '') : '';
}

/** Outreach commands the server refused (a group's members are handled on the group's page). */
export const refusedOutreach = (items: readonly OutboxItem[]): OutboxItem[] =>
  items.filter((item) => item.status === 'rejected' && !item.groupId && isOutreach(item.type));

export function fixHref(item: OutboxItem, personId: string): string | null {
  if (item.type === outreachCommands.personCreate) return `/outreach/people/new?fix=${item.seq}`;
  const form = isOutreach(item.type) ? kinds[item.type].form : undefined;
  return form && personId ? `/outreach/people/${personId}/${form}?fix=${item.seq}` : null;
}

interface Props {
  items: readonly OutboxItem[];
  people: readonly OutreachPerson[];
  /** Only the commands about her, on her page. */
  personId?: string;
  pregnancyOwner?: (id: string) => string | undefined;
}

/** Records the server refused, each with its reason, a way to correct it and a way to drop it. */
export function OutreachRefused({ items, people, personId, pregnancyOwner = () => undefined }: Props) {
  const refused = refusedOutreach(items)
    .map((item) => ({ item, subject: subjectOf(item, pregnancyOwner) }))
    .filter(({ subject }) => personId === undefined || subject === personId);
  if (refused.length === 0) return null;
  const names = new Map(people.map((p) => [p.id, fullName(p)]));
  return (
    <section id="refused-outreach" aria-labelledby="refused-outreach-title" class="refused">
      <h2 id="refused-outreach-title">{t('outreach.refused.title', { count: refused.length })}</h2>
      {refused.map(({ item, subject }) => (
        <RefusedCard
          key={item.seq}
          item={item}
          name={
            item.type === outreachCommands.personCreate ? fullName(item.payload) : (names.get(subject) ?? '')
          }
          href={fixHref(item, subject)}
        />
      ))}
    </section>
  );
}

function RefusedCard({ item, name, href }: { item: OutboxItem; name: string; href: string | null }) {
  const [confirming, setConfirming] = useState(false);
  const titleId = `refused-outreach-${item.seq}`;
  return (
    <article class="card refused-card" aria-labelledby={titleId}>
      <p id={titleId}>
        <strong>{t(kinds[item.type as OutreachCommand].what, { name })}</strong>{' '}
        <span class="muted">{formatDateTime(item.at)}</span>
      </p>
      <p class="error">
        <span aria-hidden="true">✖ </span>
        {item.error?.detail}
      </p>
      {confirming ? (
        <div role="alert" class="actions">
          <p>{t('outreach.refused.confirm')}</p>
          <button type="button" class="danger" onClick={() => item.seq !== undefined && discard(item.seq)}>
            {t('outreach.refused.discard')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('outreach.refused.keep')}
          </button>
        </div>
      ) : (
        <div class="actions">
          {href && (
            <a class="button primary" href={href}>
              {t('outreach.refused.fix')}
            </a>
          )}
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t('outreach.refused.discard')}
          </button>
        </div>
      )}
    </article>
  );
}

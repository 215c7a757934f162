import { useState } from 'preact/hooks';
import { fullName } from '../../field/format.ts';
import { useLocal } from '../../field/use-local.ts';
import { formatDate, t } from '../../i18n/i18n.ts';
import { loadOutreach } from '../local-data.ts';
import { findPeople, hasConsent } from '../people.ts';

/** Finds a person among those of the worker's areas on the phone, by name or phone; or registers her. */
export function FindScreen() {
  const data = useLocal(() => loadOutreach(), []);
  const [search, setSearch] = useState('');
  if (!data) return <p>{t('app.loading')}</p>;
  const found = findPeople(data.people, search);
  const areaName = new Map(data.areas.map((a) => [a.id, a.name]));
  const newHref = `/outreach/people/new${search.trim() && !/\d/.test(search) ? `?name=${encodeURIComponent(search.trim())}` : ''}`;
  return (
    <>
      <h1>{t('outreach.find.title')}</h1>
      <label for="person-search">{t('outreach.find.search')}</label>
      <p id="person-search-hint" class="hint">
        {t('outreach.find.hint', { count: data.people.length })}
      </p>
      <input
        id="person-search"
        type="search"
        value={search}
        aria-describedby="person-search-hint"
        onInput={(e) => setSearch((e.target as HTMLInputElement).value)}
      />
      {search.trim() && (
        <p role="status" class="muted">
          {t('outreach.find.found', { count: found.length })}
        </p>
      )}
      <ul class="list">
        {found.map((person) => (
          <li key={person.id}>
            <a href={`/outreach/people/${person.id}`} class="person-card">
              <span class="member-name">{fullName(person)}</span>
              <span class="muted">
                {[
                  person.areaId ? areaName.get(person.areaId) : null,
                  person.phone,
                  person.birthDate ? formatDate(person.birthDate) : person.birthYear,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {!hasConsent(person) && <span class="badge refused">{t('outreach.person.no_consent')}</span>}
              {person.pending && <span class="badge pending">{t('outreach.waiting')}</span>}
            </a>
          </li>
        ))}
      </ul>
      <div class="actions">
        <a class="button primary big" href={newHref}>
          <span aria-hidden="true">＋</span> {t('outreach.find.register')}
        </a>
      </div>
    </>
  );
}

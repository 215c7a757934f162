import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import './coordinator.css';
import { loadNames, nameMap } from './names.ts';
import type { Page } from './paged.ts';
import { LoadStatus, useLoaded } from './use-loaded.tsx';

interface PersonItem {
  id: string;
  givenName: string;
  familyName: string | null;
  areaId: string | null;
  groupIds: string[];
}

interface Found {
  q: string;
  items: PersonItem[];
  more: boolean;
}

async function search(q: string): Promise<Found> {
  const query = new URLSearchParams({ limit: '100' });
  if (q) query.set('q', q);
  const page = await api<Page<PersonItem>>(`/api/people?${query}`);
  return { q, items: page.items, more: page.nextCursor !== null };
}

export function PeopleScreen() {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const names = useLoaded('names', loadNames);
  const found = useLoaded('people', () => search(q), [q]);
  const areas = nameMap(names.loaded?.data.areas ?? []);
  const groups = nameMap(names.loaded?.data.groups ?? []);
  const result = found.loaded?.data;
  return (
    <>
      <h1>{t('nav.people')}</h1>
      <search>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setQ(typed.trim());
          }}
        >
          <label for="people-q">{t('people.search')}</label>
          <div class="actions">
            <input
              id="people-q"
              type="search"
              value={typed}
              onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
            />
            <button type="submit" class="primary">
              {t('people.search_button')}
            </button>
          </div>
        </form>
      </search>
      <LoadStatus state={found} />
      {result && (
        <>
          <p aria-live="polite">
            {result.q
              ? t('people.found_for', { count: result.items.length, q: result.q })
              : t('people.found', { count: result.items.length })}
            {result.more ? ` ${t('people.more')}` : ''}
          </p>
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('people.name')}</th>
                  <th scope="col">{t('people.area')}</th>
                  <th scope="col">{t('people.groups')}</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((p) => (
                  <tr key={p.id}>
                    <td>{[p.givenName, p.familyName].filter(Boolean).join(' ')}</td>
                    <td>{p.areaId ? (areas.get(p.areaId) ?? '') : ''}</td>
                    <td>
                      {p.groupIds.map((id, i) => (
                        <span key={id}>
                          {i > 0 && ', '}
                          <a href={`/groups/${id}`}>{groups.get(id) ?? t('people.a_group')}</a>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

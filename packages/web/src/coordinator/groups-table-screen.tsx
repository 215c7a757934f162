import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { formatNumber, t } from '../i18n/i18n.ts';
import './coordinator.css';
import {
  type AreaItem,
  filterGroups,
  type GroupFilters,
  type GroupGrade,
  type GroupItem,
  joinGroups,
  noFilters,
} from './groups-table.ts';
import { kindLabel, labelOf, statusLabel } from './labels.ts';
import { allPages } from './paged.ts';
import { LoadStatus, useLoaded } from './use-loaded.tsx';

async function loadGroups() {
  const [groups, grades, areas] = await Promise.all([
    allPages<GroupItem>('/api/groups'),
    api<{ items: GroupGrade[] }>('/api/finance/groups'),
    allPages<AreaItem>('/api/areas'),
  ]);
  return { rows: joinGroups(groups, grades.items, areas), areas };
}

function Choice(props: {
  id: string;
  label: string;
  value: string;
  options: [string, string][];
  onChange(value: string): void;
}) {
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}
      >
        <option value="">{t('groups_table.any')}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function GroupsTableScreen() {
  const state = useLoaded('groups', loadGroups);
  const [filters, setFilters] = useState<GroupFilters>(noFilters);
  const set = (name: keyof GroupFilters) => (value: string) => setFilters({ ...filters, [name]: value });
  const data = state.loaded?.data;
  const rows = data ? filterGroups(data.rows, filters) : [];
  return (
    <>
      <h1>{t('nav.all_groups')}</h1>
      <LoadStatus state={state} />
      {data && (
        <>
          <search class="filters">
            <div>
              <label for="groups-q">{t('groups_table.search')}</label>
              <input
                id="groups-q"
                type="search"
                value={filters.q}
                onInput={(e) => set('q')((e.target as HTMLInputElement).value)}
              />
            </div>
            <Choice
              id="groups-kind"
              label={t('groups_table.kind')}
              value={filters.kind}
              options={Object.keys(kindLabel).map((k) => [k, labelOf(kindLabel, k)])}
              onChange={set('kind')}
            />
            <Choice
              id="groups-grade"
              label={t('groups_table.grade')}
              value={filters.grade}
              options={[
                ['A', 'A'],
                ['B', 'B'],
                ['C', 'C'],
                ['none', t('groups_table.no_grade')],
              ]}
              onChange={set('grade')}
            />
            <Choice
              id="groups-area"
              label={t('groups_table.area')}
              value={filters.areaId}
              options={data.areas.map((a) => [a.id, a.name])}
              onChange={set('areaId')}
            />
            <Choice
              id="groups-status"
              label={t('groups_table.status')}
              value={filters.status}
              options={Object.keys(statusLabel).map((s) => [s, labelOf(statusLabel, s)])}
              onChange={set('status')}
            />
          </search>
          <p aria-live="polite">{t('groups_table.count', { count: rows.length, total: data.rows.length })}</p>
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('groups_table.name')}</th>
                  <th scope="col">{t('groups_table.grade')}</th>
                  <th scope="col">{t('groups_table.kind')}</th>
                  <th scope="col">{t('groups_table.area')}</th>
                  <th scope="col">{t('groups_table.status')}</th>
                  <th scope="col" class="num">
                    {t('groups_table.members')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <a href={`/groups/${r.id}`}>{r.name}</a>
                    </td>
                    <td>
                      {r.grade ? (
                        <span class={`grade grade-${r.grade}`}>{r.grade}</span>
                      ) : (
                        <span class="muted">–</span>
                      )}
                    </td>
                    <td>{labelOf(kindLabel, r.kind)}</td>
                    <td>{r.areaName}</td>
                    <td>{labelOf(statusLabel, r.status)}</td>
                    <td class="num">{formatNumber(r.memberCount)}</td>
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

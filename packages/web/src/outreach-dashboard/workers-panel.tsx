import { type TasksByWorker, taskKinds } from '@groundwork/core';
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { useLoaded } from '../coordinator/use-loaded.tsx';
import { formatDate, formatNumber, locale, t } from '../i18n/i18n.ts';
import { labelOf, taskKindLabel, workerRoleLabel } from './labels.ts';
import { Panel } from './panel.tsx';
import {
  defaultWorkerSort,
  nextSort,
  sortWorkers,
  type WorkerSort,
  type WorkerSortKey,
  workerRowOf,
  workerTotals,
} from './workers.ts';

/** A column heading that sorts the table, saying which way it is sorted now. */
function SortHeading(props: {
  label: string;
  column: WorkerSortKey;
  sort: WorkerSort;
  onSort(s: WorkerSort): void;
}) {
  const active = props.sort.key === props.column;
  const order = active ? (props.sort.descending ? 'descending' : 'ascending') : undefined;
  return (
    <th scope="col" class={props.column === 'name' ? undefined : 'num'} aria-sort={order ?? 'none'}>
      <button
        type="button"
        class="sort-button"
        onClick={() => props.onSort(nextSort(props.sort, props.column))}
      >
        {props.label}
        <span aria-hidden="true">{active ? (props.sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
  );
}

/** Overdue and due-today tasks of each field and health worker, most overdue first. */
export function WorkersPanel() {
  const state = useLoaded('outreach:tasks-by-worker', () =>
    api<TasksByWorker>('/api/outreach/tasks/by-worker'),
  );
  const [sort, setSort] = useState<WorkerSort>(defaultWorkerSort);
  return (
    <Panel id="workers" wide title={t('outreach_dashboard.workers.title')} state={state}>
      {(data) => {
        const rows = sortWorkers(data.workers.map(workerRowOf), sort, locale.value);
        if (rows.length === 0) return <p>{t('outreach_dashboard.workers.none')}</p>;
        const totals = workerTotals(rows);
        return (
          <>
            <p class="muted">{t('outreach_dashboard.workers.on', { date: formatDate(data.date) })}</p>
            <div class="scroll">
              <table>
                <caption class="visually-hidden">{t('outreach_dashboard.workers.title')}</caption>
                <thead>
                  <tr>
                    <SortHeading
                      label={t('outreach_dashboard.workers.worker')}
                      column="name"
                      sort={sort}
                      onSort={setSort}
                    />
                    <SortHeading
                      label={t('outreach_dashboard.workers.overdue')}
                      column="overdue"
                      sort={sort}
                      onSort={setSort}
                    />
                    <SortHeading
                      label={t('outreach_dashboard.workers.due_today')}
                      column="dueToday"
                      sort={sort}
                      onSort={setSort}
                    />
                    {taskKinds.map((kind) => (
                      <th key={kind} scope="col" class="num">
                        {t('outreach_dashboard.workers.overdue_kind', { kind: labelOf(taskKindLabel, kind) })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.userId}>
                      <th scope="row">
                        {row.name}
                        <br />
                        <span class="muted">{labelOf(workerRoleLabel, row.role)}</span>
                      </th>
                      <td class="num">{formatNumber(row.overdue)}</td>
                      <td class="num">{formatNumber(row.dueToday)}</td>
                      {row.overdueByKind.map((count, i) => (
                        <td key={taskKinds[i]} class="num">
                          {formatNumber(count)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('outreach_dashboard.workers.all')}</th>
                    <td class="num">{formatNumber(totals.overdue)}</td>
                    <td class="num">{formatNumber(totals.dueToday)}</td>
                    {taskKinds.map((kind, i) => (
                      <td key={kind} class="num">
                        {formatNumber(rows.reduce((sum, r) => sum + (r.overdueByKind[i] ?? 0), 0))}
                      </td>
                    ))}
                  </tr>
                </tfoot>
              </table>
            </div>
          </>
        );
      }}
    </Panel>
  );
}

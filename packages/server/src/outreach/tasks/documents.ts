import {
  type Locale,
  type MessageKey,
  type TaskAgenda,
  type TaskKind,
  type TasksByWorker,
  taskKinds,
  type WorkerCounts,
} from '@groundwork/core';
import type { ReportDocument, Row, Translate } from '../../finance/reports/document.ts';
import { formatDate } from '../../finance/reports/format.ts';
import { oneTableDocument } from '../documents.ts';
import type { TaskLine } from './lists.ts';

const kindLabels: Record<TaskKind, MessageKey> = {
  dose: 'tasks.kind.dose',
  hesitancy_follow_up: 'tasks.kind.hesitancy_follow_up',
  home_visit: 'tasks.kind.home_visit',
  postnatal_visit: 'tasks.kind.postnatal_visit',
};

const postnatalLabels: Record<string, MessageKey> = {
  first_24_hours: 'tasks.postnatal.first_24_hours',
  day_3: 'tasks.postnatal.day_3',
  days_7_14: 'tasks.postnatal.days_7_14',
  week_6: 'tasks.postnatal.week_6',
};

const roleLabels: Record<WorkerCounts['role'], MessageKey> = {
  field_worker: 'tasks.role.field_worker',
  health_worker: 'tasks.role.health_worker',
};

/** What the worker reads beside the task: which dose, which visit, by when. */
export function describeTask(line: TaskLine, t: Translate, locale: Locale): string {
  const detail = line.detail ?? {};
  const vaccine = line.vaccineName ?? '';
  const by = (key: string) => formatDate(String(detail[key] ?? line.dueOn), locale);
  switch (line.kind) {
    case 'dose':
      return t('tasks.detail.dose', { doseNumber: Number(detail.doseNumber), vaccine });
    case 'hesitancy_follow_up':
      return t('tasks.detail.follow_up', { visitNumber: Number(detail.visitNumber), vaccine });
    case 'home_visit': {
      const key =
        detail.planKind === 'pregnancy'
          ? 'tasks.detail.home_visit_pregnancy'
          : 'tasks.detail.home_visit_child';
      const missed = Number(detail.missedWindows ?? 0);
      const text = t(key, { date: by('windowEndsOn') });
      return missed > 0 ? `${text}; ${t('tasks.detail.missed_windows', { count: missed })}` : text;
    }
    case 'postnatal_visit': {
      const label = postnatalLabels[String(detail.contact)];
      return t('tasks.detail.postnatal', { contact: label ? t(label) : '', date: by('windowEndsOn') });
    }
  }
}

const parts = [
  ['overdue', 'tasks.part.overdue'],
  ['dueToday', 'tasks.part.due_today'],
  ['upcoming', 'tasks.part.upcoming'],
] as const;

/** A worker's list as one table, overdue first, for a spreadsheet. */
export function taskListDocument(agenda: TaskAgenda<TaskLine>, t: Translate, locale: Locale): ReportDocument {
  const rows: Row[] = parts.flatMap(([part, label]) =>
    agenda[part].map((line) => ({
      part: t(label),
      dueOn: line.dueOn,
      kind: t(kindLabels[line.kind]),
      person: line.personName,
      area: line.areaName,
      detail: describeTask(line, t, locale),
    })),
  );
  return oneTableDocument({
    file: `tasks_${agenda.today}`,
    title: 'tasks.report.title',
    subject: '',
    facts: [
      { label: 'tasks.fact.date', value: agenda.today, type: 'date' },
      { label: 'tasks.fact.upcoming_until', value: agenda.upcomingUntil, type: 'date' },
    ],
    columns: [
      { key: 'part', label: 'tasks.column.part', type: 'text' },
      { key: 'dueOn', label: 'tasks.column.due_on', type: 'date' },
      { key: 'kind', label: 'tasks.column.kind', type: 'text' },
      { key: 'person', label: 'tasks.column.person', type: 'text' },
      { key: 'area', label: 'tasks.column.area', type: 'text' },
      { key: 'detail', label: 'tasks.column.detail', type: 'text' },
    ],
    rows,
    empty: t('tasks.no_tasks'),
  });
}

/** One row per worker and kind of task: how many are overdue and due today. */
export function byWorkerDocument(data: TasksByWorker, t: Translate): ReportDocument {
  const rows: Row[] = data.workers.flatMap((w) =>
    taskKinds.map((kind) => ({
      worker: w.displayName ?? w.username,
      role: t(roleLabels[w.role]),
      kind: t(kindLabels[kind]),
      overdue: w.countsByKind[kind].overdue,
      dueToday: w.countsByKind[kind].dueToday,
    })),
  );
  return oneTableDocument({
    file: `tasks-by-worker_${data.date}`,
    title: 'tasks.report.by_worker_title',
    subject: '',
    facts: [{ label: 'tasks.fact.date', value: data.date, type: 'date' }],
    columns: [
      { key: 'worker', label: 'tasks.column.worker', type: 'text' },
      { key: 'role', label: 'tasks.column.role', type: 'text' },
      { key: 'kind', label: 'tasks.column.kind', type: 'text' },
      { key: 'overdue', label: 'tasks.column.overdue', type: 'count' },
      { key: 'dueToday', label: 'tasks.column.due_today', type: 'count' },
    ],
    rows,
    empty: t('tasks.no_tasks'),
  });
}

import type { Task, TaskKind } from '@groundwork/core';
import { t } from '../../i18n/i18n.ts';

/** A picture for each kind of task, beside its words, for a reader who reads little. */
export const taskIcon: Record<TaskKind, string> = {
  dose: '💉',
  hesitancy_follow_up: '💬',
  home_visit: '🏠',
  postnatal_visit: '👶',
};

const number = (task: Task, key: string) => Number(task.detail?.[key] ?? 0);

/** What is due, in words: "Dose 2 of Covishield", "Home visit (child under five)". */
export function taskWhat(task: Task, vaccineName: (id: string) => string): string {
  switch (task.kind) {
    case 'dose':
      return t('outreach.task.dose', { dose: number(task, 'doseNumber'), vaccine: vaccineName(task.refId) });
    case 'hesitancy_follow_up':
      return t('outreach.task.hesitancy', {
        vaccine: vaccineName(task.refId),
        visit: number(task, 'visitNumber'),
      });
    case 'home_visit':
      return task.detail?.planKind === 'pregnancy'
        ? t('outreach.task.home_visit_pregnancy')
        : t('outreach.task.home_visit_child');
    case 'postnatal_visit':
      return t('outreach.task.postnatal');
  }
}

/** The button that opens the form for it. */
export function taskAction(task: Task): string {
  switch (task.kind) {
    case 'dose':
      return t('outreach.task.record_dose', { dose: number(task, 'doseNumber') });
    case 'hesitancy_follow_up':
      return t('outreach.task.record_hesitancy');
    case 'home_visit':
      return t('outreach.task.record_home_visit');
    case 'postnatal_visit':
      return t('outreach.task.record_postnatal');
  }
}

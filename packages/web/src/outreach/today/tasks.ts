import { dueTasks, type Task, type TaskAgenda, taskAgenda } from '@groundwork/core';
import type { OutreachData } from '../local-data.ts';
import { hasConsent, type OutreachPerson } from '../people.ts';

/** The part of a task list the screen shows: the task and the person it is for. */
export interface PersonTask extends Task {
  person: OutreachPerson;
}

function byPerson<R extends { personId: string }>(records: readonly R[]): Map<string, R[]> {
  const map = new Map<string, R[]>();
  for (const r of records) {
    const mine = map.get(r.personId);
    if (mine) mine.push(r);
    else map.set(r.personId, [r]);
  }
  return map;
}

/**
 * Every task of the people on the phone, worked out by core's `dueTasks` (the server's own rules) from
 * what the phone holds, its pending records included: a dose recorded offline makes the next dose due at
 * once. People without consent have no health records, so no tasks.
 */
export function outreachTasks(data: OutreachData, today: string): PersonTask[] {
  const doses = byPerson(data.doses);
  const visits = byPerson(data.hesitancyVisits);
  const plans = byPerson(data.plans);
  const homeVisits = byPerson(data.homeVisits);
  const pregnancies = byPerson(data.pregnancies);
  const tasks: PersonTask[] = [];
  for (const person of data.people) {
    if (!hasConsent(person)) continue;
    const mine = dueTasks(
      {
        person,
        doses: doses.get(person.id) ?? [],
        hesitancyVisits: visits.get(person.id) ?? [],
        plans: plans.get(person.id) ?? [],
        homeVisits: homeVisits.get(person.id) ?? [],
        pregnancies: pregnancies.get(person.id) ?? [],
        vaccines: data.vaccines,
        maxRefusals: data.maxRefusals,
      },
      today,
    );
    for (const task of mine) tasks.push({ ...task, person });
  }
  return tasks;
}

/** Today's list: overdue first, then today's, then the next seven days. */
export const todaysAgenda = (data: OutreachData, today: string): TaskAgenda<PersonTask> =>
  taskAgenda(outreachTasks(data, today), today, 7);

/** The form that does the task, opened on her with what it is for already filled in. */
export function taskHref(task: Task): string {
  const person = `/outreach/people/${task.personId}`;
  const ref = encodeURIComponent(task.refId);
  switch (task.kind) {
    case 'dose':
      return `${person}/dose?vaccine=${ref}&dose=${task.detail?.doseNumber ?? ''}`;
    case 'hesitancy_follow_up':
      return `${person}/hesitancy?vaccine=${ref}`;
    case 'home_visit':
      return `${person}/home-visit?plan=${ref}`;
    case 'postnatal_visit':
      return `${person}/postnatal?pregnancy=${ref}`;
  }
}

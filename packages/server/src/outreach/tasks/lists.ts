import {
  type Actor,
  type AgendaCounts,
  can,
  dueTasks,
  type Task,
  type TaskAgenda,
  type TaskStatus,
  taskAgenda,
  taskKinds,
  taskStatus,
  type WorkerCounts,
} from '@groundwork/core';
import type { Kysely } from 'kysely';
import { peopleInScope } from '../../access/scope-sql.ts';
import type { Tables } from '../../db/schema.ts';
import { type LoadedTaskRecords, loadTaskRecords, type PeopleFilter } from './records.ts';

/** A task as a worker's list shows it: with the person's name and area, and the vaccine's name. */
export interface TaskLine extends Task {
  status: TaskStatus;
  personName: string;
  areaId: string | null;
  areaName: string | null;
  vaccineName: string | null;
}

/** Every task of the people loaded, each beside whom it is for. */
export function taskLines(loaded: LoadedTaskRecords, today: string): TaskLine[] {
  const lines: TaskLine[] = [];
  loaded.people.forEach((person, i) => {
    const records = loaded.records[i]!;
    for (const task of dueTasks({ ...records, ...loaded.catalogue }, today)) {
      const vaccine = task.kind === 'dose' || task.kind === 'hesitancy_follow_up';
      lines.push({
        ...task,
        status: taskStatus(task, today),
        personName: person.name,
        areaId: person.areaId,
        areaName: person.areaName,
        vaccineName: vaccine ? (loaded.vaccineNames.get(task.refId) ?? null) : null,
      });
    }
  });
  return lines;
}

/** Both filters at once: the people a coordinator may see who are also in the worker's scope. */
export const bothScopes =
  (a: Actor, b: Actor): PeopleFilter =>
  (eb) =>
    eb.and([peopleInScope(a)(eb), peopleInScope(b)(eb)]);

/** The list of one scope on a day: overdue, due today, and upcoming within `upcomingDays`. */
export async function taskList(
  db: Kysely<Tables>,
  orgId: string,
  filter: PeopleFilter,
  today: string,
  upcomingDays: number,
): Promise<TaskAgenda<TaskLine>> {
  const loaded = await loadTaskRecords(db, orgId, filter, today);
  return taskAgenda(taskLines(loaded, today), today, upcomingDays);
}

const withoutUpcoming = ({ overdue, dueToday }: AgendaCounts) => ({ overdue, dueToday });

/**
 * For each worker, how many tasks of each kind are overdue and due today in her own scope. The records of
 * everyone in any worker's scope are read once (the union of their areas and groups); each worker then
 * counts the people the one access decision gives her, so her counts are those of her own list.
 */
export async function countsByWorker(
  db: Kysely<Tables>,
  orgId: string,
  workers: { actor: Actor; username: string; displayName: string | null }[],
  today: string,
): Promise<WorkerCounts[]> {
  const union: Actor = {
    userId: 'workers',
    orgId,
    role: 'field_worker',
    sensitiveAccess: false,
    scope: {
      areaIds: new Set(workers.flatMap((w) => [...w.actor.scope.areaIds])),
      groupIds: new Set(workers.flatMap((w) => [...w.actor.scope.groupIds])),
    },
  };
  const loaded = await loadTaskRecords(db, orgId, peopleInScope(union), today, { withGroups: true });
  const lines = taskLines(loaded, today);
  const placeOf = new Map(loaded.people.map((p) => [p.id, { areaId: p.areaId, groupIds: p.groupIds }]));
  return workers.map(({ actor, username, displayName }) => {
    const mine = lines.filter((line) => {
      const place = placeOf.get(line.personId);
      return place !== undefined && can(actor, 'outreach.read', { orgId, ...place });
    });
    const agenda = taskAgenda(mine, today, 0);
    return {
      userId: actor.userId,
      username,
      displayName,
      role: actor.role as WorkerCounts['role'],
      countsByKind: Object.fromEntries(
        taskKinds.map((kind) => [kind, withoutUpcoming(agenda.countsByKind[kind])]),
      ) as WorkerCounts['countsByKind'],
      totals: withoutUpcoming(agenda.totals),
    };
  });
}

import { type FollowUpVisit, hesitancyFollowUpTask } from '../hesitancy/follow-up.ts';
import type { HesitancyVisitView } from '../hesitancy/schemas.ts';
import { nextHomeVisitTask, type PlanSchedule } from '../home-visits/rhythm.ts';
import type { HomeVisitView } from '../home-visits/views.ts';
import { nextPostnatalTask } from '../pregnancies/postnatal.ts';
import type { PregnancyView } from '../pregnancies/views.ts';
import { nextDose, type VaccineSeries } from '../vaccination/doses.ts';
import type { DoseView } from '../vaccination/schemas.ts';
import type { Task } from './task.ts';

/*
 * What the rules read of each record: the fields of the change-feed views (the phone holds the whole
 * views, which fit these), so that the same function gives the same list on the server and offline.
 */
export type TaskDose = Pick<DoseView, 'vaccineId' | 'doseNumber' | 'givenOn' | 'voidedAt'>;
export type TaskHesitancyVisit = Pick<HesitancyVisitView, 'vaccineId'> & FollowUpVisit;
export type TaskPlan = Omit<PlanSchedule, 'personId'>;
export type TaskHomeVisit = Pick<HomeVisitView, 'planId' | 'visitedOn'>;
export type TaskPregnancy = Pick<PregnancyView, 'id'> & {
  delivery: Pick<NonNullable<PregnancyView['delivery']>, 'deliveredOn' | 'place' | 'outcome'> | null;
  postnatalVisits: readonly Pick<PregnancyView['postnatalVisits'][number], 'visitedOn'>[];
};

/** One person and her records. */
export interface PersonTaskRecords {
  person: { id: string };
  doses: readonly TaskDose[];
  hesitancyVisits: readonly TaskHesitancyVisit[];
  plans: readonly TaskPlan[];
  homeVisits: readonly TaskHomeVisit[];
  pregnancies: readonly TaskPregnancy[];
}

/** What holds for the whole organisation: the vaccine catalogue and the follow-up setting. */
export interface TaskCatalogue {
  vaccines: readonly VaccineSeries[];
  maxRefusals: number;
}

export type DueTasksInput = PersonTaskRecords & TaskCatalogue;

/**
 * Every task for one person on `today`, each by the rule of its own part of the work (none is decided
 * here):
 * - the next dose of each vaccine she has started (`nextDose`; voided doses count nowhere);
 * - a follow-up for each vaccine she was visited about as hesitant (`hesitancyFollowUpTask`; a dose of it
 *   that counts means she is vaccinated);
 * - the next visit of each follow-up plan (`nextHomeVisitTask`, with the visits recorded under the plan);
 * - the next postnatal contact after each delivery (`nextPostnatalTask`).
 * `taskAgenda` sorts a worker's tasks into overdue, due today and upcoming.
 */
export function dueTasks(input: DueTasksInput, today: string): Task[] {
  const personId = input.person.id;
  const tasks: Task[] = [];
  const doses = input.doses.filter((d) => d.voidedAt === null);
  for (const vaccine of input.vaccines) {
    const given = doses.filter((d) => d.vaccineId === vaccine.id).map((d) => ({ ...d, personId }));
    const dose = nextDose(vaccine, given);
    if (dose) tasks.push(dose);
    const visits = input.hesitancyVisits.filter((v) => v.vaccineId === vaccine.id);
    if (visits.length === 0) continue;
    const followUp = hesitancyFollowUpTask({
      personId,
      vaccineId: vaccine.id,
      visits,
      vaccinated: given.length > 0,
      maxRefusals: input.maxRefusals,
    });
    if (followUp) tasks.push(followUp);
  }
  for (const plan of input.plans) {
    const visitDates = input.homeVisits.filter((v) => v.planId === plan.id).map((v) => v.visitedOn);
    const visit = nextHomeVisitTask({ ...plan, personId }, visitDates, today);
    if (visit) tasks.push(visit);
  }
  for (const pregnancy of input.pregnancies) {
    if (!pregnancy.delivery) continue;
    const visitDates = pregnancy.postnatalVisits.map((v) => v.visitedOn);
    const postnatal = nextPostnatalTask(
      { id: pregnancy.id, personId, ...pregnancy.delivery },
      visitDates,
      today,
    );
    if (postnatal) tasks.push(postnatal);
  }
  return tasks;
}

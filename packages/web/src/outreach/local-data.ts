import {
  type DoseView,
  type DriveView,
  defaultMaxRefusals,
  type FollowUpPlanView,
  type HesitancyVisitView,
  type HomeVisitView,
  type PregnancyView,
  type VaccineView,
} from '@groundwork/core';
import { type EntityStore, localDb, type OutboxItem } from '../local/db.ts';
import type { LocalArea } from '../local/queries.ts';
import {
  type Pending,
  pendingDoses,
  pendingHesitancyVisits,
  pendingHomeVisits,
  pendingPlans,
  withPending,
} from './pending.ts';
import { type OutreachPerson, withPendingPeople } from './people.ts';
import { pendingPregnancies } from './pregnancy-records.ts';

/** Everything the outreach screens read, as the phone holds it now: pulled, plus what waits to be sent. */
export interface OutreachData {
  people: Pending<OutreachPerson>[];
  areas: LocalArea[];
  vaccines: VaccineView[];
  drives: DriveView[];
  doses: Pending<DoseView>[];
  hesitancyVisits: Pending<HesitancyVisitView>[];
  plans: Pending<FollowUpPlanView>[];
  homeVisits: Pending<HomeVisitView>[];
  pregnancies: Pending<PregnancyView>[];
  maxRefusals: number;
  outbox: OutboxItem[];
}

/** What the pull brought, before the outbox is laid over it. */
export type PulledOutreach = Omit<OutreachData, 'outbox' | 'maxRefusals'> & { maxRefusals?: number };

/** The pulled records with the outbox's pending ones over them: pure, so tests give it records directly. */
export function combine(pulled: PulledOutreach, outbox: OutboxItem[]): OutreachData {
  return {
    people: withPendingPeople(pulled.people, outbox),
    areas: pulled.areas,
    vaccines: [...pulled.vaccines].sort((a, b) => a.name.localeCompare(b.name)),
    drives: pulled.drives,
    doses: withPending(
      pulled.doses.filter((d) => d.voidedAt === null),
      pendingDoses(outbox),
    ),
    hesitancyVisits: withPending(pulled.hesitancyVisits, pendingHesitancyVisits(outbox)),
    plans: withPending(pulled.plans, pendingPlans(outbox)),
    homeVisits: withPending(pulled.homeVisits, pendingHomeVisits(outbox)),
    pregnancies: pendingPregnancies(pulled.pregnancies, outbox),
    maxRefusals: pulled.maxRefusals ?? defaultMaxRefusals,
    outbox,
  };
}

async function all<T>(store: EntityStore): Promise<T[]> {
  const stored = await (await localDb()).getAllFromIndex('entities', 'byStore', store);
  return stored.map((s) => s.data as T);
}

/** Reads the outreach stores and the outbox from IndexedDB in one go. */
export async function loadOutreach(): Promise<OutreachData> {
  const db = await localDb();
  const [people, areas, vaccines, drives, doses, visits, plans, homeVisits, pregnancies, settings, outbox] =
    await Promise.all([
      all<OutreachPerson>('person'),
      all<LocalArea>('area'),
      all<VaccineView>('vaccine'),
      all<DriveView>('drive'),
      all<DoseView>('dose'),
      all<HesitancyVisitView>('hesitancy_visit'),
      all<FollowUpPlanView>('follow_up_plan'),
      all<HomeVisitView>('home_visit'),
      all<PregnancyView>('pregnancy'),
      all<{ maxRefusals: number }>('outreach_settings'),
      db.getAll('outbox'),
    ]);
  const maxRefusals = settings[0]?.maxRefusals;
  return combine(
    {
      people,
      areas,
      vaccines,
      drives,
      doses,
      hesitancyVisits: visits,
      plans,
      homeVisits,
      pregnancies,
      ...(maxRefusals === undefined ? {} : { maxRefusals }),
    },
    outbox,
  );
}

/** One person's records, each list oldest first. */
export function personRecords(data: OutreachData, personId: string) {
  const mine = <R extends { personId: string }>(records: readonly R[]) =>
    records.filter((r) => r.personId === personId);
  const byDate =
    <R>(date: (r: R) => string) =>
    (a: R, b: R) =>
      date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0;
  return {
    person: data.people.find((p) => p.id === personId),
    doses: mine(data.doses).sort(byDate((d) => `${d.givenOn}${d.doseNumber}`)),
    hesitancyVisits: mine(data.hesitancyVisits).sort(byDate((v) => v.visitedOn)),
    plans: mine(data.plans).sort(byDate((p) => p.startsOn)),
    homeVisits: mine(data.homeVisits).sort(byDate((v) => v.visitedOn)),
    pregnancies: mine(data.pregnancies).sort(byDate((p) => p.registeredOn)),
  };
}
export type PersonRecords = ReturnType<typeof personRecords>;

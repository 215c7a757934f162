import {
  type DoseView,
  type FollowUpPlanView,
  type HesitancyVisitView,
  type HomeVisitView,
  isSevereAcuteMalnutrition,
} from '@groundwork/core';
import type { OutboxItem } from '../local/db.ts';
import { outreachCommands } from './commands.ts';

/**
 * Records made on the phone and not yet on the server, read back out of the outbox in the shape the
 * change feed will bring them, so that every screen (and today's tasks) counts them at once. Refused
 * commands are not records: they are shown apart, with the server's reason.
 */
export type Pending<V> = V & { pending?: true };

type Payload = Record<string, unknown>;

const text = (p: Payload, key: string): string => (typeof p[key] === 'string' ? (p[key] as string) : '');
const textOrNull = (p: Payload, key: string): string | null =>
  typeof p[key] === 'string' ? (p[key] as string) : null;
const numberOrNull = (p: Payload, key: string): number | null =>
  typeof p[key] === 'number' ? (p[key] as number) : null;
const list = <T>(p: Payload, key: string): T[] => (Array.isArray(p[key]) ? (p[key] as T[]) : []);

export const waiting = (outbox: readonly OutboxItem[], type: string): OutboxItem[] =>
  outbox.filter((item) => item.type === type && item.status === 'pending');

export function pendingDoses(outbox: readonly OutboxItem[]): Pending<DoseView>[] {
  return waiting(outbox, outreachCommands.dose).map(({ payload: p, at }) => ({
    id: text(p, 'id'),
    personId: text(p, 'personId'),
    vaccineId: text(p, 'vaccineId'),
    doseNumber: numberOrNull(p, 'doseNumber') ?? 0,
    givenOn: text(p, 'givenOn'),
    driveId: textOrNull(p, 'driveId'),
    site: textOrNull(p, 'site'),
    lotNumber: textOrNull(p, 'lotNumber'),
    recordedBy: '',
    recordedAt: at,
    voidedAt: null,
    voidReason: null,
    pending: true,
  }));
}

export function pendingHesitancyVisits(outbox: readonly OutboxItem[]): Pending<HesitancyVisitView>[] {
  return waiting(outbox, outreachCommands.hesitancyVisit).map(({ payload: p, at }) => {
    const counselling = (p.counselling ?? {}) as Payload;
    return {
      id: text(p, 'id'),
      personId: text(p, 'personId'),
      vaccineId: text(p, 'vaccineId'),
      visitedOn: text(p, 'visitedOn'),
      reasons: list(p, 'reasons'),
      otherReason: textOrNull(p, 'otherReason'),
      counselling: { messages: list(counselling, 'messages'), notes: textOrNull(counselling, 'notes') },
      outcome: text(p, 'outcome') as HesitancyVisitView['outcome'],
      nextVisitOn: textOrNull(p, 'nextVisitOn'),
      recordedBy: '',
      recordedAt: at,
      pending: true,
    };
  });
}

function planOf(
  p: Payload,
  at: string,
  fields: Pick<FollowUpPlanView, 'id' | 'kind' | 'startsOn' | 'pregnancyId'>,
): Pending<FollowUpPlanView> {
  return {
    ...fields,
    personId: text(p, 'personId'),
    endsOn: null,
    endedOn: null,
    endReason: null,
    recordedBy: '',
    createdAt: at,
    updatedAt: at,
    pending: true,
  };
}

/** Plans started by hand, and the monthly plan a pregnancy's registration starts with it. */
export function pendingPlans(outbox: readonly OutboxItem[]): Pending<FollowUpPlanView>[] {
  const started = waiting(outbox, outreachCommands.planStart).map(({ payload: p, at }) =>
    planOf(p, at, {
      id: text(p, 'id'),
      kind: text(p, 'kind') as FollowUpPlanView['kind'],
      startsOn: text(p, 'startsOn'),
      pregnancyId: null,
    }),
  );
  const withPregnancy = waiting(outbox, outreachCommands.pregnancyRegister)
    .filter(({ payload: p }) => text(p, 'planId'))
    .map(({ payload: p, at }) =>
      planOf(p, at, {
        id: text(p, 'planId'),
        kind: 'pregnancy',
        startsOn: text(p, 'registeredOn'),
        pregnancyId: text(p, 'id'),
      }),
    );
  return [...started, ...withPregnancy];
}

export function pendingHomeVisits(outbox: readonly OutboxItem[]): Pending<HomeVisitView>[] {
  return waiting(outbox, outreachCommands.homeVisit).map(({ payload: p, at }) => {
    const seen = (p.observations ?? {}) as Payload;
    const muacMm = numberOrNull(seen, 'muacMm');
    const referral = p.referral as { to: string; reason: string } | undefined;
    return {
      id: text(p, 'id'),
      personId: text(p, 'personId'),
      planId: textOrNull(p, 'planId'),
      visitedOn: text(p, 'visitedOn'),
      observations: {
        weightGrams: numberOrNull(seen, 'weightGrams'),
        muacMm,
        oedema: typeof seen.oedema === 'boolean' ? seen.oedema : null,
        dangerSigns: list(seen, 'dangerSigns'),
      },
      severeAcuteMalnutrition: isSevereAcuteMalnutrition(muacMm),
      advice: list(p, 'advice'),
      referral: referral ?? null,
      notes: textOrNull(p, 'notes'),
      recordedBy: '',
      createdAt: at,
      pending: true,
    };
  });
}

/** The pulled records, and the phone's own pending ones that the server has not sent back yet. */
export function withPending<V extends { id: string }>(pulled: readonly V[], pending: readonly V[]): V[] {
  const known = new Set(pulled.map((r) => r.id));
  return [...pulled, ...pending.filter((r) => !known.has(r.id))];
}

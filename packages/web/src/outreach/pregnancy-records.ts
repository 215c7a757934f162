import {
  type DeliveryOutcome,
  type DeliveryPlace,
  type PregnancyView,
  postnatalSchedule,
} from '@groundwork/core';
import type { OutboxItem } from '../local/db.ts';
import { outreachCommands } from './commands.ts';
import type { Pending } from './pending.ts';

type Payload = Record<string, unknown>;
const text = (p: Payload, key: string) => (typeof p[key] === 'string' ? (p[key] as string) : '');
const textOrNull = (p: Payload, key: string) => (typeof p[key] === 'string' ? (p[key] as string) : null);

function registered(p: Payload, at: string): Pending<PregnancyView> {
  return {
    id: text(p, 'id'),
    personId: text(p, 'personId'),
    status: 'current',
    registeredOn: text(p, 'registeredOn'),
    expectedDeliveryOn: text(p, 'expectedDeliveryOn'),
    lastMenstrualPeriodOn: textOrNull(p, 'lastMenstrualPeriodOn'),
    planId: textOrNull(p, 'planId'),
    antenatalContacts: [],
    delivery: null,
    closure: null,
    postnatalVisits: [],
    postnatalContacts: [],
    recordedBy: '',
    createdAt: at,
    updatedAt: at,
    pending: true,
  };
}

/** The WHO contacts owed after her delivery, worked out again once the phone adds a visit or a delivery. */
function withContacts(p: Pending<PregnancyView>): Pending<PregnancyView> {
  if (!p.delivery) return p;
  const dates = p.postnatalVisits.map((v) => v.visitedOn);
  return { ...p, postnatalContacts: postnatalSchedule(p.delivery, dates) };
}

/**
 * The pulled pregnancies with what the phone recorded since: registrations, deliveries and postnatal
 * visits still in the outbox, applied in the order they were made.
 */
export function pendingPregnancies(
  pulled: readonly PregnancyView[],
  outbox: readonly OutboxItem[],
): Pending<PregnancyView>[] {
  const byId = new Map<string, Pending<PregnancyView>>(pulled.map((p) => [p.id, p]));
  for (const item of outbox) {
    if (item.status !== 'pending') continue;
    const p = item.payload;
    if (item.type === outreachCommands.pregnancyRegister) {
      if (!byId.has(text(p, 'id'))) byId.set(text(p, 'id'), registered(p, item.at));
      continue;
    }
    const pregnancy = byId.get(text(p, 'pregnancyId'));
    if (!pregnancy) continue;
    if (item.type === outreachCommands.delivery) {
      const delivery = {
        deliveredOn: text(p, 'deliveredOn'),
        place: text(p, 'place') as DeliveryPlace,
        facilityName: textOrNull(p, 'facilityName'),
        outcome: text(p, 'outcome') as DeliveryOutcome,
        babies: Array.isArray(p.babies) ? (p.babies as { sex: string }[]) : [],
      };
      byId.set(pregnancy.id, withContacts({ ...pregnancy, status: 'delivered', delivery, pending: true }));
    } else if (item.type === outreachCommands.postnatalVisit) {
      const visit = {
        id: text(p, 'id'),
        visitedOn: text(p, 'visitedOn'),
        notes: textOrNull(p, 'notes'),
        recordedBy: '',
        createdAt: item.at,
      };
      const postnatalVisits = [...pregnancy.postnatalVisits.filter((v) => v.id !== visit.id), visit];
      byId.set(pregnancy.id, withContacts({ ...pregnancy, postnatalVisits, pending: true }));
    }
  }
  return [...byId.values()];
}

/** Her pregnancy still running: registered, neither delivered nor closed. */
export const currentPregnancy = <P extends PregnancyView>(pregnancies: readonly P[]): P | undefined =>
  pregnancies.find((p) => p.status === 'current');

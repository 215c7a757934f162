import type { PostnatalContact } from './postnatal.ts';
import type { DeliveryOutcome, DeliveryPlace, PregnancyCloseReason } from './schemas.ts';

export type PregnancyStatus = 'current' | 'delivered' | 'closed';

export interface AntenatalContactView {
  id: string;
  contactOn: string;
  place: string | null;
  notes: string | null;
  recordedBy: string;
  createdAt: string;
}

export interface PostnatalVisitView {
  id: string;
  visitedOn: string;
  notes: string | null;
  recordedBy: string;
  createdAt: string;
}

/** A pregnancy whole, as the phone holds it: its contacts, delivery and postnatal visits with it. */
export interface PregnancyView {
  id: string;
  personId: string;
  status: PregnancyStatus;
  registeredOn: string;
  expectedDeliveryOn: string;
  lastMenstrualPeriodOn: string | null;
  /** The monthly follow-up plan the registration started. */
  planId: string | null;
  antenatalContacts: AntenatalContactView[];
  delivery: {
    deliveredOn: string;
    place: DeliveryPlace;
    facilityName: string | null;
    outcome: DeliveryOutcome;
    babies: { sex: string; birthWeightGrams?: number }[];
  } | null;
  closure: { closedOn: string; reason: PregnancyCloseReason } | null;
  postnatalVisits: PostnatalVisitView[];
  /** The WHO postnatal contacts owed after the delivery, with the visit that met each. */
  postnatalContacts: PostnatalContact[];
  recordedBy: string;
  createdAt: string;
  updatedAt: string;
}

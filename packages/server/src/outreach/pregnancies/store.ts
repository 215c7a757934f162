import {
  type DeliveryOutcome,
  type DeliveryPlace,
  type PregnancyCloseReason,
  type PregnancyView,
  postnatalSchedule,
} from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import { loadRecord } from '../rows.ts';

export type PregnancyRow = Tables['pregnancies'];

export const pregnancyStatus = (row: Pick<PregnancyRow, 'delivered_on' | 'closed_on'>) =>
  row.delivered_on !== null ? 'delivered' : row.closed_on !== null ? 'closed' : 'current';

/** A pregnancy of the organisation; named by a payload field it is a bad reference, by the address a 404. */
export const loadPregnancy = (db: Kysely<Tables>, orgId: string, id: string, field?: string) =>
  loadRecord(db, 'pregnancies', orgId, id, field);

/** Her current pregnancy (neither delivered nor closed), if she has one: there is never more than one. */
export function currentPregnancy(db: Kysely<Tables>, orgId: string, personId: string) {
  return db
    .selectFrom('pregnancies')
    .select(['id', 'registered_on'])
    .where('org_id', '=', orgId)
    .where('person_id', '=', personId)
    .where('delivered_on', 'is', null)
    .where('closed_on', 'is', null)
    .executeTakeFirst();
}

function group<T extends { pregnancy_id: string | null }>(rows: T[]): Map<string, T[]> {
  const byPregnancy = new Map<string, T[]>();
  for (const row of rows) {
    if (row.pregnancy_id === null) continue;
    const list = byPregnancy.get(row.pregnancy_id) ?? [];
    list.push(row);
    byPregnancy.set(row.pregnancy_id, list);
  }
  return byPregnancy;
}

/** Pregnancies whole, with their contacts, delivery, postnatal visits and plan, in three more queries. */
export async function pregnancyViews(
  db: Kysely<Tables>,
  orgId: string,
  rows: PregnancyRow[],
): Promise<PregnancyView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // One after the other: inside a command they share the transaction's one connection.
  const contacts = await db
    .selectFrom('antenatal_contacts')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('pregnancy_id', 'in', ids)
    .orderBy('contact_on')
    .orderBy('id')
    .execute();
  const postnatal = await db
    .selectFrom('postnatal_visits')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('pregnancy_id', 'in', ids)
    .orderBy('visited_on')
    .orderBy('id')
    .execute();
  const plans = await db
    .selectFrom('follow_up_plans')
    .select(['id', 'pregnancy_id'])
    .where('org_id', '=', orgId)
    .where('pregnancy_id', 'in', ids)
    .orderBy('created_at')
    .execute();
  const contactsOf = group(contacts);
  const postnatalOf = group(postnatal);
  const plansOf = group(plans);
  return rows.map((row) => {
    const visits = (postnatalOf.get(row.id) ?? []).map((v) => ({
      id: v.id,
      visitedOn: v.visited_on,
      notes: v.notes,
      recordedBy: v.recorded_by,
      createdAt: v.created_at,
    }));
    const delivery =
      row.delivered_on === null
        ? null
        : {
            deliveredOn: row.delivered_on,
            place: row.delivery_place as DeliveryPlace,
            facilityName: row.facility_name,
            outcome: row.outcome as DeliveryOutcome,
            babies: row.babies === null ? [] : (JSON.parse(row.babies) as { sex: string }[]),
          };
    return {
      id: row.id,
      personId: row.person_id,
      status: pregnancyStatus(row),
      registeredOn: row.registered_on,
      expectedDeliveryOn: row.expected_delivery_on,
      lastMenstrualPeriodOn: row.last_menstrual_period_on,
      planId: plansOf.get(row.id)?.[0]?.id ?? null,
      antenatalContacts: (contactsOf.get(row.id) ?? []).map((c) => ({
        id: c.id,
        contactOn: c.contact_on,
        place: c.place,
        notes: c.notes,
        recordedBy: c.recorded_by,
        createdAt: c.created_at,
      })),
      delivery,
      closure:
        row.closed_on === null
          ? null
          : { closedOn: row.closed_on, reason: row.close_reason as PregnancyCloseReason },
      postnatalVisits: visits,
      postnatalContacts: delivery
        ? postnatalSchedule(
            delivery,
            visits.map((v) => v.visitedOn),
          )
        : [],
      recordedBy: row.recorded_by,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

export async function pregnancyView(db: Kysely<Tables>, orgId: string, row: PregnancyRow) {
  const [view] = await pregnancyViews(db, orgId, [row]);
  if (!view) throw new Error('a pregnancy without its view');
  return view;
}

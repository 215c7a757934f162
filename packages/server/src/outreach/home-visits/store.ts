import {
  type AdviceCode,
  type DangerSign,
  type FollowUpPlanKind,
  type FollowUpPlanView,
  type HomeVisitView,
  isSevereAcuteMalnutrition,
  type PlanEndReason,
  type PlanSchedule,
} from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/schema.ts';
import { loadRecord } from '../rows.ts';

export type PlanRow = Tables['follow_up_plans'];
export type HomeVisitRow = Tables['home_visits'];

export function toPlanView(row: PlanRow): FollowUpPlanView {
  return {
    id: row.id,
    personId: row.person_id,
    kind: row.kind as FollowUpPlanKind,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    pregnancyId: row.pregnancy_id,
    endedOn: row.ended_on,
    endReason: row.end_reason as PlanEndReason | null,
    recordedBy: row.recorded_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toSchedule(row: PlanRow): PlanSchedule {
  return {
    id: row.id,
    personId: row.person_id,
    kind: row.kind as FollowUpPlanKind,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    endedOn: row.ended_on,
  };
}

export function toHomeVisitView(row: HomeVisitRow): HomeVisitView {
  return {
    id: row.id,
    personId: row.person_id,
    planId: row.plan_id,
    visitedOn: row.visited_on,
    observations: {
      weightGrams: row.weight_grams === null ? null : Number(row.weight_grams),
      muacMm: row.muac_mm === null ? null : Number(row.muac_mm),
      oedema: row.oedema === null ? null : row.oedema === 1,
      dangerSigns: JSON.parse(row.danger_signs) as DangerSign[],
    },
    severeAcuteMalnutrition: isSevereAcuteMalnutrition(row.muac_mm === null ? null : Number(row.muac_mm)),
    advice: JSON.parse(row.advice) as AdviceCode[],
    referral: row.referral_to === null ? null : { to: row.referral_to, reason: row.referral_reason ?? '' },
    notes: row.notes,
    recordedBy: row.recorded_by,
    createdAt: row.created_at,
  };
}

/** A plan of the organisation, or a refusal naming the field that pointed at it. */
export const loadPlan = (db: Kysely<Tables>, orgId: string, id: string, field: string) =>
  loadRecord(db, 'follow_up_plans', orgId, id, field);

export async function plansOfPerson(db: Kysely<Tables>, orgId: string, personId: string) {
  return db
    .selectFrom('follow_up_plans')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('person_id', '=', personId)
    .orderBy('starts_on')
    .orderBy('id')
    .execute();
}

export async function visitsOfPerson(db: Kysely<Tables>, orgId: string, personId: string) {
  return db
    .selectFrom('home_visits')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('person_id', '=', personId)
    .orderBy('visited_on')
    .orderBy('id')
    .execute();
}

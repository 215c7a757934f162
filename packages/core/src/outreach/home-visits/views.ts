import type { FollowUpPlanKind } from './rhythm.ts';
import type { AdviceCode, DangerSign, PlanEndReason } from './schemas.ts';

/** A follow-up plan as the field app holds it and the API returns it. */
export interface FollowUpPlanView {
  id: string;
  personId: string;
  kind: FollowUpPlanKind;
  startsOn: string;
  /** The last day by the plan's own rule: the day before a child's fifth birthday; null for a pregnancy. */
  endsOn: string | null;
  pregnancyId: string | null;
  endedOn: string | null;
  endReason: PlanEndReason | null;
  recordedBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface HomeVisitView {
  id: string;
  personId: string;
  planId: string | null;
  visitedOn: string;
  observations: {
    weightGrams: number | null;
    muacMm: number | null;
    oedema: boolean | null;
    dangerSigns: DangerSign[];
  };
  /** MUAC under 115 mm: severe acute malnutrition, refer at once. */
  severeAcuteMalnutrition: boolean;
  advice: AdviceCode[];
  referral: { to: string; reason: string } | null;
  notes: string | null;
  recordedBy: string;
  createdAt: string;
}

import {
  type AdviceCode,
  type DangerSign,
  DomainError,
  type FollowUpPlanView,
  homeVisitRecord,
  isPlausibleMeasure,
  isSevereAcuteMalnutrition,
  muacMmRange,
  planLastDay,
  weightGramsRange,
} from '@groundwork/core';
import type { WebKey } from '../../i18n/i18n.ts';
import { broken, type Checked, schemaErrors } from '../rules.ts';

export interface HomeVisitValues {
  planId: string;
  visitedOn: string;
  /** Kilograms as typed, with a decimal point or comma: scales read "8.4". */
  weightKg: string;
  muacMm: string;
  oedema: '' | 'yes' | 'no';
  dangerSigns: DangerSign[];
  advice: AdviceCode[];
  referralTo: string;
  referralReason: string;
  notes: string;
}

export type HomeVisitField = keyof HomeVisitValues;

export const emptyHomeVisit = (today: string, planId = ''): HomeVisitValues => ({
  planId,
  visitedOn: today,
  weightKg: '',
  muacMm: '',
  oedema: '',
  dangerSigns: [],
  advice: [],
  referralTo: '',
  referralReason: '',
  notes: '',
});

/** Grams from "8.4" or "8,4" kg; NaN for anything else. */
export function gramsOf(kg: string): number {
  const text = kg.trim().replace(',', '.');
  return /^\d+(\.\d{1,3})?$/.test(text) ? Math.round(Number(text) * 1000) : Number.NaN;
}

/** MUAC typed so far is under the severe-malnutrition line: the screen warns before anything is saved. */
export const severeMuac = (muacMm: string): boolean =>
  /^\d+$/.test(muacMm.trim()) && isSevereAcuteMalnutrition(Number(muacMm.trim()));

export type CheckedHomeVisit = Checked<HomeVisitField>;

const messages: Partial<Record<HomeVisitField, WebKey>> = {
  visitedOn: 'outreach.home.error.visited_on',
  weightKg: 'outreach.home.error.weight',
  muacMm: 'outreach.home.error.muac',
  referralTo: 'outreach.home.error.referral_to',
  referralReason: 'outreach.home.error.referral_reason',
  notes: 'outreach.home.error.notes',
};

function fieldOf(path: readonly PropertyKey[]): HomeVisitField | undefined {
  if (path[0] === 'observations')
    return path[1] === 'weightGrams' ? 'weightKg' : path[1] === 'muacMm' ? 'muacMm' : undefined;
  if (path[0] === 'referral') return path[1] === 'reason' ? 'referralReason' : 'referralTo';
  return typeof path[0] === 'string' && path[0] in messages ? (path[0] as HomeVisitField) : undefined;
}

/** The rules the server checks beyond the schema, with its codes: a visit's day within her plan, measures plausible. */
function checkVisit(
  visitedOn: string,
  today: string,
  plan: FollowUpPlanView | undefined,
  grams?: number,
  muac?: number,
) {
  if (visitedOn > today) throw new DomainError('home_visit.in_future', { field: 'visitedOn' });
  if (plan && visitedOn < plan.startsOn) {
    throw new DomainError('home_visit.before_plan_start', {
      field: 'visitedOn',
      params: { startsOn: plan.startsOn },
    });
  }
  const lastDay = plan ? planLastDay(plan) : null;
  if (lastDay !== null && visitedOn > lastDay) {
    throw new DomainError('home_visit.after_plan_end', { field: 'visitedOn', params: { endedOn: lastDay } });
  }
  if (grams !== undefined && !isPlausibleMeasure(grams, weightGramsRange)) {
    throw new DomainError('home_visit.weight_out_of_range', {
      field: 'observations.weightGrams',
      params: weightGramsRange,
    });
  }
  if (muac !== undefined && !isPlausibleMeasure(muac, muacMmRange)) {
    throw new DomainError('home_visit.muac_out_of_range', {
      field: 'observations.muacMm',
      params: muacMmRange,
    });
  }
}

/** The `home_visit.record` command, checked on the phone as the server checks it. */
export function homeVisitPayload(
  values: HomeVisitValues,
  context: { id: string; personId: string; today: string; plans: readonly FollowUpPlanView[] },
): CheckedHomeVisit {
  const errors: Partial<Record<HomeVisitField, WebKey>> = {};
  const trimmed = (s: string) => s.trim() || undefined;
  const grams = values.weightKg.trim() ? gramsOf(values.weightKg) : undefined;
  if (grams !== undefined && Number.isNaN(grams)) errors.weightKg = messages.weightKg;
  const muac = values.muacMm.trim() ? Number(values.muacMm.trim()) : undefined;
  if (muac !== undefined && !Number.isInteger(muac)) errors.muacMm = messages.muacMm;
  const to = trimmed(values.referralTo);
  const reason = trimmed(values.referralReason);
  if (to && !reason) errors.referralReason = messages.referralReason;
  if (reason && !to) errors.referralTo = messages.referralTo;
  const observations = Object.fromEntries(
    Object.entries({
      weightGrams: grams,
      muacMm: muac,
      oedema: values.oedema ? values.oedema === 'yes' : undefined,
      dangerSigns: values.dangerSigns,
    }).filter(([, v]) => v !== undefined),
  );
  const payload = Object.fromEntries(
    Object.entries({
      id: context.id,
      personId: context.personId,
      planId: trimmed(values.planId),
      visitedOn: values.visitedOn,
      observations,
      advice: values.advice,
      referral: to && reason ? { to, reason } : undefined,
      notes: trimmed(values.notes),
    }).filter(([, v]) => v !== undefined),
  );
  const parsed = homeVisitRecord.safeParse(payload);
  if (!parsed.success) {
    const schema = schemaErrors<HomeVisitField>(parsed.error.issues, messages, fieldOf);
    return { ok: false, errors: { ...schema, ...errors } };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const plan = context.plans.find((p) => p.id === values.planId);
  const rule = broken(() => checkVisit(values.visitedOn, context.today, plan, grams, muac));
  if (rule) return { ok: false, errors: {}, rule };
  return { ok: true, payload };
}

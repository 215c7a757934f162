import {
  DomainError,
  homeVisitRecord,
  isPlausibleMeasure,
  isSevereAcuteMalnutrition,
  muacMmRange,
  newId,
  planLastDay,
  weightGramsRange,
} from '@groundwork/core';
import { type CommandContext, defineCommand } from '../../commands/context.ts';
import { orgToday } from '../../finance/today.ts';
import { consentingPerson, feedPlace } from '../subject.ts';
import { type HomeVisitRow, loadPlan, type PlanRow, toHomeVisitView } from './store.ts';

/**
 * The plan a visit belongs to: the one named, which must be hers and running on the day, or else her
 * only plan running on the day, so that a visit recorded without choosing a plan still counts for it.
 * With no plan, or two running at once, the visit stands on its own.
 */
async function planOfVisit(
  ctx: CommandContext,
  personId: string,
  planId: string | undefined,
  visitedOn: string,
): Promise<PlanRow | null> {
  if (planId === undefined) {
    const running = await ctx.trx
      .selectFrom('follow_up_plans')
      .selectAll()
      .where('org_id', '=', ctx.org.id)
      .where('person_id', '=', personId)
      .where('starts_on', '<=', visitedOn)
      .execute();
    const covering = running.filter((plan) => {
      const lastDay = planLastDay({ endsOn: plan.ends_on, endedOn: plan.ended_on });
      return lastDay === null || lastDay >= visitedOn;
    });
    return covering.length === 1 ? (covering[0] ?? null) : null;
  }
  const plan = await loadPlan(ctx.trx, ctx.org.id, planId, 'planId');
  if (plan.person_id !== personId)
    throw new DomainError('home_visit.plan_of_other_person', { field: 'planId' });
  if (visitedOn < plan.starts_on) {
    throw new DomainError('home_visit.before_plan_start', {
      field: 'visitedOn',
      params: { startsOn: plan.starts_on },
    });
  }
  const lastDay = planLastDay({ endsOn: plan.ends_on, endedOn: plan.ended_on });
  if (lastDay !== null && visitedOn > lastDay) {
    throw new DomainError('home_visit.after_plan_end', { field: 'visitedOn', params: { endedOn: lastDay } });
  }
  return plan;
}

function checkMeasure(value: number | undefined, range: { min: number; max: number }, field: string) {
  if (value === undefined || isPlausibleMeasure(value, range)) return;
  const code = field.endsWith('weightGrams')
    ? 'home_visit.weight_out_of_range'
    : 'home_visit.muac_out_of_range';
  throw new DomainError(code, { field, params: { min: range.min, max: range.max } });
}

export const recordHomeVisit = defineCommand({
  type: 'home_visit.record',
  schema: homeVisitRecord,
  async apply(ctx, p) {
    // A role that may not record outreach at all is refused before anything is looked up.
    ctx.ensure('outreach.write', {});
    const person = await consentingPerson(ctx, p.personId);
    if (p.visitedOn > orgToday(ctx)) throw new DomainError('home_visit.in_future', { field: 'visitedOn' });
    const { observations: o } = p;
    checkMeasure(o.weightGrams, weightGramsRange, 'observations.weightGrams');
    checkMeasure(o.muacMm, muacMmRange, 'observations.muacMm');
    const plan = await planOfVisit(ctx, person.row.id, p.planId, p.visitedOn);
    const row: HomeVisitRow = {
      org_id: ctx.org.id,
      id: p.id ?? newId(),
      person_id: person.row.id,
      plan_id: plan?.id ?? null,
      visited_on: p.visitedOn,
      weight_grams: o.weightGrams ?? null,
      muac_mm: o.muacMm ?? null,
      oedema: o.oedema === undefined ? null : o.oedema ? 1 : 0,
      danger_signs: JSON.stringify(o.dangerSigns),
      advice: JSON.stringify(p.advice),
      referral_to: p.referral?.to ?? null,
      referral_reason: p.referral?.reason ?? null,
      notes: p.notes ?? null,
      recorded_by: ctx.actor.userId,
      created_at: ctx.now,
    };
    await ctx.trx.insertInto('home_visits').values(row).execute();
    const view = toHomeVisitView(row);
    ctx.emit({
      entity: 'home_visit',
      entityId: row.id,
      op: 'create',
      ...feedPlace(person),
      data: { ...view },
    });
    if (isSevereAcuteMalnutrition(o.muacMm)) ctx.warn({ code: 'home_visit.severe_acute_malnutrition' });
    return { id: row.id, planId: row.plan_id, severeAcuteMalnutrition: view.severeAcuteMalnutrition };
  },
});

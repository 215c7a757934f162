import {
  checkChildPlan,
  DomainError,
  followUpPlanEnd,
  followUpPlanStart,
  planLastDay,
} from '@groundwork/core';
import { type CommandContext, defineCommand } from '../../commands/context.ts';
import { orgToday } from '../../finance/today.ts';
import { type LoadedPerson, loadPerson } from '../../people/store.ts';
import { currentPregnancy } from '../pregnancies/store.ts';
import { consentingPerson } from '../subject.ts';
import { insertPlan, saveEnd } from './plans.ts';
import { loadPlan, type PlanRow } from './store.ts';

/** A child's plan runs until the day before her fifth birthday, judged from her birth date or year. */
function childPlanEnd(ctx: CommandContext, person: LoadedPerson, startsOn: string): string {
  const check = checkChildPlan(
    { birthDate: person.row.birth_date, birthYear: person.row.birth_year },
    startsOn,
  );
  if (!check.ok) {
    if (check.reason === 'birth_unknown') {
      throw new DomainError('follow_up_plan.birth_unknown', { field: 'personId' });
    }
    if (check.reason === 'born_after_start') {
      throw new DomainError('follow_up_plan.born_after_start', { field: 'startsOn' });
    }
    throw new DomainError('follow_up_plan.not_under_five', {
      field: 'startsOn',
      params: { fifthBirthday: check.span?.fifthBirthday ?? '' },
    });
  }
  if (check.span.estimated) {
    ctx.warn({ code: 'follow_up_plan.birth_year_only', params: { endsOn: check.span.endsOn } });
  }
  return check.span.endsOn;
}

/** A pregnancy plan follows her current pregnancy, from its registration at the earliest. */
async function currentPregnancyOf(ctx: CommandContext, personId: string, startsOn: string) {
  const pregnancy = await currentPregnancy(ctx.trx, ctx.org.id, personId);
  if (!pregnancy) throw new DomainError('follow_up_plan.no_current_pregnancy', { field: 'personId' });
  if (startsOn < pregnancy.registered_on) {
    throw new DomainError('pregnancy.before_registration', {
      field: 'startsOn',
      params: { registeredOn: pregnancy.registered_on },
    });
  }
  return pregnancy.id;
}

export const startFollowUpPlan = defineCommand({
  type: 'follow_up_plan.start',
  schema: followUpPlanStart,
  async apply(ctx, p) {
    // A role that may not record outreach at all is refused before anything is looked up.
    ctx.ensure('outreach.write', {});
    const person = await consentingPerson(ctx, p.personId);
    if (p.startsOn > orgToday(ctx)) throw new DomainError('follow_up_plan.in_future', { field: 'startsOn' });
    const child = p.kind === 'child_under_five';
    const row = await insertPlan(ctx, person, {
      id: p.id,
      kind: p.kind,
      startsOn: p.startsOn,
      endsOn: child ? childPlanEnd(ctx, person, p.startsOn) : null,
      pregnancyId: child ? null : await currentPregnancyOf(ctx, person.row.id, p.startsOn),
    });
    return { id: row.id, endsOn: row.ends_on };
  },
});

/**
 * Ends a plan by hand. Her consent is not asked again: ending a follow-up records nothing about her
 * health, and it must stay possible after she withdraws consent.
 */
export const endFollowUpPlan = defineCommand({
  type: 'follow_up_plan.end',
  schema: followUpPlanEnd,
  async apply(ctx, p) {
    // A role that may not record outreach at all is refused before anything is looked up.
    ctx.ensure('outreach.write', {});
    const plan = await loadPlan(ctx.trx, ctx.org.id, p.planId, 'planId');
    const person = await loadPerson(ctx.trx, ctx.org.id, plan.person_id, 'planId');
    ctx.ensure('outreach.write', person.resource);
    const lastDay = planLastDay({ endsOn: plan.ends_on, endedOn: plan.ended_on });
    if (plan.ended_on !== null || (lastDay !== null && lastDay < p.endedOn)) {
      throw new DomainError('follow_up_plan.already_ended', {
        field: 'planId',
        params: { endedOn: lastDay ?? '' },
      });
    }
    if (p.endedOn < plan.starts_on) {
      throw new DomainError('follow_up_plan.end_before_start', {
        field: 'endedOn',
        params: { startsOn: plan.starts_on },
      });
    }
    if (p.endedOn > orgToday(ctx)) throw new DomainError('follow_up_plan.in_future', { field: 'endedOn' });
    const ended: PlanRow = { ...plan, ended_on: p.endedOn, end_reason: p.reason, updated_at: ctx.now };
    await saveEnd(ctx, person, ended);
    return { id: plan.id };
  },
});

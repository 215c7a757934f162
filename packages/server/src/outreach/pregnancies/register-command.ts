import { checkPregnancyDates, DomainError, mayBePregnant, newId, pregnancyRegister } from '@groundwork/core';
import { type CommandContext, defineCommand } from '../../commands/context.ts';
import { orgToday } from '../../finance/today.ts';
import type { LoadedPerson } from '../../people/store.ts';
import { insertPlan } from '../home-visits/plans.ts';
import { consentingPerson, feedPlace } from '../subject.ts';
import { currentPregnancy, type PregnancyRow, pregnancyView } from './store.ts';

export async function emitPregnancy(
  ctx: CommandContext,
  person: LoadedPerson,
  row: PregnancyRow,
  op: 'create' | 'update',
) {
  const view = await pregnancyView(ctx.trx, ctx.org.id, row);
  ctx.emit({ entity: 'pregnancy', entityId: row.id, op, ...feedPlace(person), data: { ...view } });
}

/** Dates of a pregnancy's events: not after today where the organisation works. */
export function notInFuture(ctx: CommandContext, date: string, field: string) {
  if (date > orgToday(ctx)) throw new DomainError('pregnancy.in_future', { field });
}

/**
 * Registers a pregnancy and, in the same command, starts her monthly follow-up plan from the day of
 * registration. One current pregnancy per woman, held by a unique index as well.
 */
export const registerPregnancy = defineCommand({
  type: 'pregnancy.register',
  schema: pregnancyRegister,
  async apply(ctx, p) {
    // A role that may not record outreach at all is refused before anything is looked up.
    ctx.ensure('outreach.write', {});
    const person = await consentingPerson(ctx, p.personId);
    if (!mayBePregnant(person.row.sex)) throw new DomainError('pregnancy.male', { field: 'personId' });
    notInFuture(ctx, p.registeredOn, 'registeredOn');
    checkPregnancyDates(p);
    const current = await currentPregnancy(ctx.trx, ctx.org.id, person.row.id);
    if (current) {
      throw new DomainError('pregnancy.already_current', {
        field: 'personId',
        details: { pregnancyId: current.id },
      });
    }
    const row: PregnancyRow = {
      org_id: ctx.org.id,
      id: p.id ?? newId(),
      person_id: person.row.id,
      registered_on: p.registeredOn,
      expected_delivery_on: p.expectedDeliveryOn,
      last_menstrual_period_on: p.lastMenstrualPeriodOn ?? null,
      delivered_on: null,
      delivery_place: null,
      facility_name: null,
      outcome: null,
      babies: null,
      closed_on: null,
      close_reason: null,
      recorded_by: ctx.actor.userId,
      created_at: ctx.now,
      updated_at: ctx.now,
    };
    await ctx.trx.insertInto('pregnancies').values(row).execute();
    const plan = await insertPlan(ctx, person, {
      id: p.planId,
      kind: 'pregnancy',
      startsOn: p.registeredOn,
      endsOn: null,
      pregnancyId: row.id,
    });
    await emitPregnancy(ctx, person, row, 'create');
    return { id: row.id, planId: plan.id };
  },
});

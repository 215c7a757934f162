import { DomainError, type FollowUpPlanKind, newId, type PlanEndReason } from '@groundwork/core';
import type { CommandContext } from '../../commands/context.ts';
import type { LoadedPerson } from '../../people/store.ts';
import { feedPlace } from '../subject.ts';
import { type PlanRow, toPlanView } from './store.ts';

export function emitPlan(ctx: CommandContext, person: LoadedPerson, row: PlanRow, op: 'create' | 'update') {
  ctx.emit({
    entity: 'follow_up_plan',
    entityId: row.id,
    op,
    ...feedPlace(person),
    data: { ...toPlanView(row) },
  });
}

/** Refuses a second open plan of a kind: the unique index would too, but with no field to show. */
async function ensureNoOpenPlan(ctx: CommandContext, personId: string, kind: FollowUpPlanKind) {
  const open = await ctx.trx
    .selectFrom('follow_up_plans')
    .select('id')
    .where('org_id', '=', ctx.org.id)
    .where('person_id', '=', personId)
    .where('kind', '=', kind)
    .where('ended_on', 'is', null)
    .executeTakeFirst();
  if (open) {
    throw new DomainError('follow_up_plan.already_open', { field: 'kind', details: { planId: open.id } });
  }
}

export async function insertPlan(
  ctx: CommandContext,
  person: LoadedPerson,
  plan: {
    id?: string | undefined;
    kind: FollowUpPlanKind;
    startsOn: string;
    endsOn: string | null;
    pregnancyId: string | null;
  },
): Promise<PlanRow> {
  await ensureNoOpenPlan(ctx, person.row.id, plan.kind);
  const row: PlanRow = {
    org_id: ctx.org.id,
    id: plan.id ?? newId(),
    person_id: person.row.id,
    kind: plan.kind,
    starts_on: plan.startsOn,
    ends_on: plan.endsOn,
    pregnancy_id: plan.pregnancyId,
    ended_on: null,
    end_reason: null,
    recorded_by: ctx.actor.userId,
    created_at: ctx.now,
    updated_at: ctx.now,
  };
  await ctx.trx.insertInto('follow_up_plans').values(row).execute();
  emitPlan(ctx, person, row, 'create');
  return row;
}

/** Writes a plan's end and sends the ended plan to the devices. */
export async function saveEnd(ctx: CommandContext, person: LoadedPerson, ended: PlanRow): Promise<void> {
  await ctx.trx
    .updateTable('follow_up_plans')
    .set({ ended_on: ended.ended_on, end_reason: ended.end_reason, updated_at: ended.updated_at })
    .where('org_id', '=', ctx.org.id)
    .where('id', '=', ended.id)
    .execute();
  emitPlan(ctx, person, ended, 'update');
}

/**
 * Ends the open plans that follow a pregnancy, on the day of its delivery or closure (or on the plan's
 * first day, for a plan started after it: a plan never ends before it began).
 */
export async function endPregnancyPlans(
  ctx: CommandContext,
  person: LoadedPerson,
  pregnancyId: string,
  endedOn: string,
  reason: PlanEndReason,
): Promise<void> {
  const open = await ctx.trx
    .selectFrom('follow_up_plans')
    .selectAll()
    .where('org_id', '=', ctx.org.id)
    .where('pregnancy_id', '=', pregnancyId)
    .where('ended_on', 'is', null)
    .execute();
  for (const plan of open) {
    const ended: PlanRow = {
      ...plan,
      ended_on: endedOn < plan.starts_on ? plan.starts_on : endedOn,
      end_reason: reason,
      updated_at: ctx.now,
    };
    await saveEnd(ctx, person, ended);
  }
}

import {
  checkHesitancyVisit,
  DomainError,
  hesitancyFollowUpTask,
  hesitancyVisitInput,
  newId,
} from '@groundwork/core';
import type { CommandHandler } from '../../commands/context.ts';
import { defineCommand } from '../../commands/context.ts';
import type { Tables } from '../../db/schema.ts';
import { orgToday } from '../../finance/today.ts';
import { idTaken } from '../rows.ts';
import { consentingPerson, feedPlace } from '../subject.ts';
import { loadVaccine } from '../vaccination/store.ts';
import { outreachSettings, setOutreachSettings } from './settings.ts';
import { hasCountingDose, toVisitView } from './store.ts';

export const recordHesitancyVisit = defineCommand({
  type: 'hesitancy.visit',
  schema: hesitancyVisitInput,
  async apply(ctx, p) {
    // A role that may not record outreach at all is refused before anything is looked up.
    ctx.ensure('outreach.write', {});
    const person = await consentingPerson(ctx, p.personId);
    await loadVaccine(ctx.trx, ctx.org.id, p.vaccineId, 'vaccineId');
    const id = p.id ?? newId();
    const earlier = await ctx.trx
      .selectFrom('hesitancy_visits')
      .select(['id', 'visited_on', 'outcome', 'next_visit_on'])
      .where('org_id', '=', ctx.org.id)
      .where('person_id', '=', p.personId)
      .where('vaccine_id', '=', p.vaccineId)
      .execute();
    // A visit is history: an id already used is a different visit, never one to overwrite.
    if (await idTaken(ctx.trx, 'hesitancy_visits', ctx.org.id, id))
      throw new DomainError('hesitancy.visit_exists', { field: 'id' });
    const vaccinated = await hasCountingDose(ctx.trx, ctx.org.id, p.personId, p.vaccineId);
    const { maxRefusals } = await outreachSettings(ctx.trx, ctx.org.id);
    checkHesitancyVisit(p, {
      today: orgToday(ctx),
      earlierRefusals: earlier.filter((v) => v.outcome === 'refused').length,
      maxRefusals,
      vaccinated,
    });
    const row: Tables['hesitancy_visits'] = {
      org_id: ctx.org.id,
      id,
      person_id: p.personId,
      vaccine_id: p.vaccineId,
      visited_on: p.visitedOn,
      reasons: JSON.stringify([...new Set(p.reasons)]),
      other_reason: p.otherReason ?? null,
      counselling_messages: JSON.stringify([...new Set(p.counselling.messages)]),
      counselling_notes: p.counselling.notes ?? null,
      outcome: p.outcome,
      next_visit_on: p.nextVisitOn ?? null,
      recorded_by: ctx.actor.userId,
      recorded_at: ctx.now,
    };
    await ctx.trx.insertInto('hesitancy_visits').values(row).execute();
    const view = toVisitView(row);
    ctx.emit({
      entity: 'hesitancy_visit',
      entityId: id,
      op: 'create',
      ...feedPlace(person),
      data: { ...view },
    });
    const followUp = hesitancyFollowUpTask({
      personId: p.personId,
      vaccineId: p.vaccineId,
      visits: [
        ...earlier.map((v) => ({
          id: v.id,
          visitedOn: v.visited_on,
          outcome: v.outcome as typeof p.outcome,
          nextVisitOn: v.next_visit_on,
        })),
        { id, visitedOn: p.visitedOn, outcome: p.outcome, nextVisitOn: p.nextVisitOn ?? null },
      ],
      vaccinated,
      maxRefusals,
    });
    // The field app shows at once whether she stays on the list, and when to come back.
    return { id, followUp };
  },
});

export const hesitancyCommands: CommandHandler[] = [
  recordHesitancyVisit,
  setOutreachSettings,
] as CommandHandler[];

import {
  type CounsellingRecordInput,
  checkGroupParticipants,
  confidentialCounsellingKinds,
  counsellingRecordInput,
  DomainError,
  newId,
} from '@groundwork/core';
import type { CommandContext, CommandHandler } from '../../commands/context.ts';
import { defineCommand } from '../../commands/context.ts';
import { loadRow } from '../../db/rows.ts';
import type { Tables } from '../../db/schema.ts';
import { orgToday } from '../../finance/today.ts';
import type { LoadedPerson } from '../../people/store.ts';
import { idTaken } from '../rows.ts';
import { consentingPeople, consentingPerson, feedPlace } from '../subject.ts';
import { toSessionView } from './store.ts';

/** The people counselled, each of the organisation, within the author's scope and having consented. */
async function participants(
  ctx: CommandContext,
  p: CounsellingRecordInput,
): Promise<{ people: LoadedPerson[]; groupId: string | null }> {
  if (p.mode === 'individual') return { people: [await consentingPerson(ctx, p.personId)], groupId: null };
  checkGroupParticipants(p);
  if (p.groupId) {
    await loadRow(ctx.trx, 'groups', ctx.org.id, p.groupId, 'groupId');
    const members = await ctx.trx
      .selectFrom('memberships')
      .select('person_id')
      .where('org_id', '=', ctx.org.id)
      .where('group_id', '=', p.groupId)
      .where('left_on', 'is', null)
      .orderBy('person_id')
      .execute();
    if (members.length === 0) throw new DomainError('counselling.group_has_no_members', { field: 'groupId' });
    const people = await consentingPeople(
      ctx,
      members.map((m) => m.person_id),
      () => 'groupId',
    );
    return { people, groupId: p.groupId };
  }
  const ids = [...new Set(p.personIds)];
  return { people: await consentingPeople(ctx, ids, (i) => `personIds.${i}`), groupId: null };
}

/**
 * A counselling session. Its payload holds what a person confided, so the command log keeps none of it;
 * the notes and the reason for a referral go to a table of their own and never into the change feed.
 */
export const recordCounselling = defineCommand({
  type: 'counselling.record',
  schema: counsellingRecordInput,
  sensitive: true,
  async apply(ctx, p) {
    // A role that may not record outreach at all is refused before anything is looked up.
    ctx.ensure('outreach.write', {});
    const { people, groupId } = await participants(ctx, p);
    if (p.heldOn > orgToday(ctx)) throw new DomainError('counselling.held_in_future', { field: 'heldOn' });
    if (p.counsellorUserId)
      await loadRow(ctx.trx, 'users', ctx.org.id, p.counsellorUserId, 'counsellorUserId');
    const id = p.id ?? newId();
    if (await idTaken(ctx.trx, 'counselling_sessions', ctx.org.id, id))
      throw new DomainError('counselling.session_exists', { field: 'id' });
    const row: Tables['counselling_sessions'] = {
      org_id: ctx.org.id,
      id,
      kind: p.kind,
      mode: p.mode,
      group_id: groupId,
      counsellor_user_id: p.counsellorUserId ?? ctx.actor.userId,
      held_on: p.heldOn,
      duration_minutes: p.durationMinutes,
      referral_to: p.referral?.to ?? null,
      recorded_by: ctx.actor.userId,
      recorded_at: ctx.now,
    };
    await ctx.trx.insertInto('counselling_sessions').values(row).execute();
    const personIds = people.map((person) => person.row.id).sort();
    await ctx.trx
      .insertInto('counselling_participants')
      .values(personIds.map((personId) => ({ org_id: ctx.org.id, session_id: id, person_id: personId })))
      .execute();
    await ctx.trx
      .insertInto('counselling_contents')
      .values({
        org_id: ctx.org.id,
        session_id: id,
        notes: p.notes,
        referral_reason: p.referral?.reason ?? null,
      })
      .execute();
    // One change for each place the people live, so that every worker who follows one of them gets it.
    const view = toSessionView(row, personIds);
    const places = new Map(
      people.map((person) => {
        const place = feedPlace(person);
        return [`${place.areaId}\u0000${place.groupId}`, place];
      }),
    );
    if (confidentialCounsellingKinds.has(p.kind)) return { id };
    for (const place of places.values()) {
      ctx.emit({ entity: 'counselling_session', entityId: id, op: 'create', ...place, data: { ...view } });
    }
    return { id };
  },
});

export const counsellingCommands: CommandHandler[] = [recordCounselling] as CommandHandler[];

import {
  antenatalContactRecord,
  DomainError,
  deliveryRecord,
  newId,
  postnatalVisitRecord,
  pregnancyClose,
} from '@groundwork/core';
import { type CommandContext, defineCommand } from '../../commands/context.ts';
import { endPregnancyPlans } from '../home-visits/plans.ts';
import { consentingPerson } from '../subject.ts';
import { emitPregnancy, notInFuture } from './register-command.ts';
import { loadPregnancy, type PregnancyRow } from './store.ts';

/** The pregnancy named by a command, and its woman: consenting and within the worker's reach. */
async function subjectOf(ctx: CommandContext, pregnancyId: string) {
  // A role that may not record outreach at all is refused before anything is looked up.
  ctx.ensure('outreach.write', {});
  const row = await loadPregnancy(ctx.trx, ctx.org.id, pregnancyId, 'pregnancyId');
  const person = await consentingPerson(ctx, row.person_id, 'pregnancyId');
  return { row, person };
}

function notBeforeRegistration(row: PregnancyRow, date: string, field: string) {
  if (date < row.registered_on) {
    throw new DomainError('pregnancy.before_registration', {
      field,
      params: { registeredOn: row.registered_on },
    });
  }
}

/** A delivery or closure is the end of a pregnancy; neither can be recorded twice, nor both. */
function ensureCurrent(row: PregnancyRow) {
  if (row.delivered_on !== null)
    throw new DomainError('pregnancy.already_delivered', { field: 'pregnancyId' });
  if (row.closed_on !== null) throw new DomainError('pregnancy.closed', { field: 'pregnancyId' });
}

async function update(ctx: CommandContext, row: PregnancyRow, changes: Partial<PregnancyRow>) {
  const updated: PregnancyRow = { ...row, ...changes, updated_at: ctx.now };
  await ctx.trx
    .updateTable('pregnancies')
    .set({ ...changes, updated_at: ctx.now })
    .where('org_id', '=', ctx.org.id)
    .where('id', '=', row.id)
    .execute();
  return updated;
}

/** An antenatal contact, possibly written up late: on or after registration, and not after its end. */
export const recordAntenatalContact = defineCommand({
  type: 'pregnancy.antenatal',
  schema: antenatalContactRecord,
  async apply(ctx, p) {
    const { row, person } = await subjectOf(ctx, p.pregnancyId);
    notInFuture(ctx, p.contactOn, 'contactOn');
    notBeforeRegistration(row, p.contactOn, 'contactOn');
    const endedOn = row.delivered_on ?? row.closed_on;
    if (endedOn !== null && p.contactOn > endedOn) {
      throw new DomainError('pregnancy.after_end', { field: 'contactOn', params: { endedOn } });
    }
    const id = p.id ?? newId();
    await ctx.trx
      .insertInto('antenatal_contacts')
      .values({
        org_id: ctx.org.id,
        id,
        pregnancy_id: row.id,
        contact_on: p.contactOn,
        place: p.place ?? null,
        notes: p.notes ?? null,
        recorded_by: ctx.actor.userId,
        created_at: ctx.now,
      })
      .execute();
    await emitPregnancy(ctx, person, await update(ctx, row, {}), 'update');
    return { id, pregnancyId: row.id };
  },
});

export const recordDelivery = defineCommand({
  type: 'pregnancy.delivery',
  schema: deliveryRecord,
  async apply(ctx, p) {
    const { row, person } = await subjectOf(ctx, p.pregnancyId);
    ensureCurrent(row);
    notInFuture(ctx, p.deliveredOn, 'deliveredOn');
    notBeforeRegistration(row, p.deliveredOn, 'deliveredOn');
    if (p.place === 'health_facility' && !p.facilityName) {
      throw new DomainError('pregnancy.facility_name_required', { field: 'facilityName' });
    }
    if (p.place !== 'health_facility' && p.facilityName) {
      throw new DomainError('pregnancy.facility_name_not_facility', { field: 'facilityName' });
    }
    const delivered = await update(ctx, row, {
      delivered_on: p.deliveredOn,
      delivery_place: p.place,
      facility_name: p.facilityName ?? null,
      outcome: p.outcome,
      babies: p.babies ? JSON.stringify(p.babies) : null,
    });
    await endPregnancyPlans(ctx, person, row.id, p.deliveredOn, 'delivered');
    await emitPregnancy(ctx, person, delivered, 'update');
    return { id: row.id };
  },
});

export const recordPostnatalVisit = defineCommand({
  type: 'pregnancy.postnatal',
  schema: postnatalVisitRecord,
  async apply(ctx, p) {
    const { row, person } = await subjectOf(ctx, p.pregnancyId);
    if (row.delivered_on === null) {
      const code = row.closed_on === null ? 'pregnancy.not_delivered' : 'pregnancy.closed';
      throw new DomainError(code, { field: 'pregnancyId' });
    }
    notInFuture(ctx, p.visitedOn, 'visitedOn');
    if (p.visitedOn < row.delivered_on) {
      throw new DomainError('pregnancy.postnatal_before_delivery', {
        field: 'visitedOn',
        params: { deliveredOn: row.delivered_on },
      });
    }
    const id = p.id ?? newId();
    await ctx.trx
      .insertInto('postnatal_visits')
      .values({
        org_id: ctx.org.id,
        id,
        pregnancy_id: row.id,
        visited_on: p.visitedOn,
        notes: p.notes ?? null,
        recorded_by: ctx.actor.userId,
        created_at: ctx.now,
      })
      .execute();
    await emitPregnancy(ctx, person, await update(ctx, row, {}), 'update');
    return { id, pregnancyId: row.id };
  },
});

/**
 * Ends a pregnancy without a delivery. Sensitive: the reason may be a miscarriage or an abortion, which
 * must not sit in the command log in clear.
 */
export const closePregnancy = defineCommand({
  type: 'pregnancy.close',
  schema: pregnancyClose,
  sensitive: true,
  async apply(ctx, p) {
    const { row, person } = await subjectOf(ctx, p.pregnancyId);
    ensureCurrent(row);
    notInFuture(ctx, p.closedOn, 'closedOn');
    notBeforeRegistration(row, p.closedOn, 'closedOn');
    const closed = await update(ctx, row, { closed_on: p.closedOn, close_reason: p.reason });
    await endPregnancyPlans(ctx, person, row.id, p.closedOn, 'pregnancy_closed');
    await emitPregnancy(ctx, person, closed, 'update');
    return { id: row.id };
  },
});

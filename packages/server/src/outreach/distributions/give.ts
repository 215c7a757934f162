import {
  checkReceiptProof,
  DomainError,
  distributionGive,
  type KitItem,
  kitNeeds,
  newId,
} from '@groundwork/core';
import { defineCommand } from '../../commands/context.ts';
import type { Tables } from '../../db/schema.ts';
import { orgToday } from '../../finance/today.ts';
import { consentingPerson, feedPlace } from '../subject.ts';
import { ensureInStock, recordMovements } from './stock.ts';
import { ensureNewId, loadDistribution, loadKit, toReceiptView } from './store.ts';

/**
 * A person receives a distribution's kit: once only, within the event's dates, with a proof, and with
 * the kit's items taken from the point's stock in the same transaction, or nothing is written at all.
 */
export const giveDistribution = defineCommand({
  type: 'distribution.give',
  schema: distributionGive,
  async apply(ctx, p) {
    ctx.ensure('outreach.write', {});
    const distribution = await loadDistribution(ctx.trx, ctx.org.id, p.distributionId, 'distributionId');
    // The kit leaves the point's stock: only someone who may move that stock gives it out.
    ctx.ensure('outreach.write', { areaId: distribution.areaId });
    const person = await consentingPerson(ctx, p.personId);
    checkReceiptProof(p.proof);
    const { starts_on: startsOn, ends_on: endsOn } = distribution.row;
    if (p.givenOn < startsOn || p.givenOn > endsOn) {
      throw new DomainError('distribution.outside_dates', { field: 'givenOn', params: { startsOn, endsOn } });
    }
    if (p.givenOn > orgToday(ctx))
      throw new DomainError('distribution.given_in_future', { field: 'givenOn' });
    const earlier = await ctx.trx
      .selectFrom('distribution_receipts')
      .select(['id', 'given_on'])
      .where('org_id', '=', ctx.org.id)
      .where('distribution_id', '=', p.distributionId)
      .where('person_id', '=', p.personId)
      .executeTakeFirst();
    if (earlier) {
      throw new DomainError('distribution.already_received', {
        field: 'personId',
        params: { givenOn: earlier.given_on },
        details: { receiptId: earlier.id },
      });
    }
    await ensureNewId(ctx.trx, 'distribution_receipts', ctx.org.id, p.id);
    const kit = await loadKit(ctx.trx, ctx.org.id, distribution.row.kit_id);
    const needs = kitNeeds(JSON.parse(kit.items) as KitItem[]);
    await ensureInStock(ctx, distribution.row.point_id, needs, p.givenOn, 'distributionId');
    const row: Tables['distribution_receipts'] = {
      org_id: ctx.org.id,
      id: p.id ?? newId(),
      distribution_id: p.distributionId,
      person_id: p.personId,
      given_on: p.givenOn,
      proof_kind: p.proof.kind,
      photo_ref: p.proof.photoRef ?? null,
      given_by: ctx.actor.userId,
      recorded_at: ctx.now,
    };
    await ctx.trx.insertInto('distribution_receipts').values(row).execute();
    await recordMovements(
      ctx,
      needs.map((need) => ({
        pointId: distribution.row.point_id,
        areaId: distribution.areaId,
        kind: 'distribution',
        item: need.item,
        itemKey: need.itemKey,
        unit: need.unit,
        quantity: -need.quantity,
        movedOn: p.givenOn,
        receiptId: row.id,
      })),
    );
    ctx.emit({
      entity: 'distribution_receipt',
      entityId: row.id,
      op: 'create',
      ...feedPlace(person),
      data: { ...toReceiptView(row) },
    });
    return { id: row.id };
  },
});

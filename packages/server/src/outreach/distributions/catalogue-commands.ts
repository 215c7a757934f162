import {
  DomainError,
  distributionCreate,
  distributionPointCreate,
  kitDefine,
  newId,
  repeatedKitItem,
} from '@groundwork/core';
import { defineCommand } from '../../commands/context.ts';
import { loadRow } from '../../db/rows.ts';
import type { Tables } from '../../db/schema.ts';
import { ensureNewId, loadKit, loadPoint, toDistributionView, toKitView, toPointView } from './store.ts';

export const defineKit = defineCommand({
  type: 'kit.define',
  schema: kitDefine,
  async apply(ctx, p) {
    ctx.ensure('outreach.manage', {});
    const repeated = repeatedKitItem(p.items);
    if (repeated >= 0) {
      throw new DomainError('kit.repeated_item', {
        field: `items.${repeated}.item`,
        params: { item: p.items[repeated]?.item ?? '' },
      });
    }
    await ensureNewId(ctx.trx, 'kits', ctx.org.id, p.id);
    const row: Tables['kits'] = {
      org_id: ctx.org.id,
      id: p.id ?? newId(),
      name: p.name,
      items: JSON.stringify(p.items),
      created_by: ctx.actor.userId,
      created_at: ctx.now,
    };
    await ctx.trx.insertInto('kits').values(row).execute();
    // A catalogue: every outreach device may give this kit, so it reaches them all.
    ctx.emit({ entity: 'kit', entityId: row.id, op: 'create', areaId: null, data: { ...toKitView(row) } });
    return { id: row.id };
  },
});

export const createDistributionPoint = defineCommand({
  type: 'distribution_point.create',
  schema: distributionPointCreate,
  async apply(ctx, p) {
    ctx.ensure('outreach.manage', { areaId: p.areaId });
    await loadRow(ctx.trx, 'areas', ctx.org.id, p.areaId, 'areaId');
    await ensureNewId(ctx.trx, 'distribution_points', ctx.org.id, p.id);
    const row: Tables['distribution_points'] = {
      org_id: ctx.org.id,
      id: p.id ?? newId(),
      name: p.name,
      area_id: p.areaId,
      created_by: ctx.actor.userId,
      created_at: ctx.now,
    };
    await ctx.trx.insertInto('distribution_points').values(row).execute();
    ctx.emit({
      entity: 'distribution_point',
      entityId: row.id,
      op: 'create',
      areaId: null,
      data: { ...toPointView(row) },
    });
    return { id: row.id };
  },
});

export const createDistribution = defineCommand({
  type: 'distribution.create',
  schema: distributionCreate,
  async apply(ctx, p) {
    ctx.ensure('outreach.manage', {});
    const point = await loadPoint(ctx.trx, ctx.org.id, p.pointId, 'pointId');
    ctx.ensure('outreach.manage', { areaId: point.area_id });
    await loadKit(ctx.trx, ctx.org.id, p.kitId, 'kitId');
    if (p.endsOn < p.startsOn) {
      throw new DomainError('distribution.dates_order', {
        field: 'endsOn',
        params: { startsOn: p.startsOn },
      });
    }
    await ensureNewId(ctx.trx, 'distributions', ctx.org.id, p.id);
    const row: Tables['distributions'] = {
      org_id: ctx.org.id,
      id: p.id ?? newId(),
      name: p.name,
      kit_id: p.kitId,
      point_id: p.pointId,
      starts_on: p.startsOn,
      ends_on: p.endsOn,
      target: p.target ?? null,
      created_by: ctx.actor.userId,
      created_at: ctx.now,
    };
    await ctx.trx.insertInto('distributions').values(row).execute();
    ctx.emit({
      entity: 'distribution',
      entityId: row.id,
      op: 'create',
      areaId: point.area_id,
      data: { ...toDistributionView(row, point.area_id) },
    });
    return { id: row.id };
  },
});

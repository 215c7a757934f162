import { checkDrive, DomainError, driveCreate, newId, vaccineDefine } from '@groundwork/core';
import { defineCommand } from '../../commands/context.ts';
import { loadRow } from '../../db/rows.ts';
import { idTaken } from '../rows.ts';
import type { DriveSitesTable, DrivesTable, VaccinesTable } from './tables.ts';
import { toDriveView, toVaccineView } from './views.ts';

/** Adds a vaccine to the catalogue. Its code is unique in the organisation (and by index). */
export const defineVaccine = defineCommand({
  type: 'vaccine.define',
  schema: vaccineDefine,
  async apply(ctx, p) {
    ctx.ensure('outreach.manage', {});
    const id = p.id ?? newId();
    const clash = await ctx.trx
      .selectFrom('vaccines')
      .select(['id', 'code'])
      .where('org_id', '=', ctx.org.id)
      .where((eb) => eb.or([eb('id', '=', id), eb('code', '=', p.code)]))
      .executeTakeFirst();
    if (clash?.id === id) throw new DomainError('vaccination.id_taken', { field: 'id' });
    if (clash) throw new DomainError('vaccine.code_taken', { field: 'code', params: { code: p.code } });
    const row: VaccinesTable = {
      org_id: ctx.org.id,
      id,
      name: p.name,
      code: p.code,
      doses_in_series: p.dosesInSeries,
      min_interval_days: p.minIntervalDays,
      created_at: ctx.now,
    };
    await ctx.trx.insertInto('vaccines').values(row).execute();
    // A catalogue entry reaches every outreach device, whatever its scope.
    ctx.emit({
      entity: 'vaccine',
      entityId: id,
      op: 'create',
      areaId: null,
      data: { ...toVaccineView(row) },
    });
    return { id };
  },
});

/** Plans a drive: its dates, its sites and the population it means to reach. */
export const createDrive = defineCommand({
  type: 'drive.create',
  schema: driveCreate,
  async apply(ctx, p) {
    ctx.ensure('outreach.manage', {});
    checkDrive(p);
    await loadRow(ctx.trx, 'areas', ctx.org.id, p.target.areaId, 'target.areaId');
    const id = p.id ?? newId();
    const sites: DriveSitesTable[] = p.sites.map((s, position) => ({
      org_id: ctx.org.id,
      id: s.id ?? newId(),
      drive_id: id,
      name: s.name,
      position,
    }));
    const taken = await ctx.trx
      .selectFrom('drive_sites')
      .select('id')
      .where('org_id', '=', ctx.org.id)
      .where(
        'id',
        'in',
        sites.map((s) => s.id),
      )
      .executeTakeFirst();
    if (taken) {
      const index = sites.findIndex((s) => s.id === taken.id);
      throw new DomainError('drive.site_taken', { field: `sites.${index}.id` });
    }
    if (await idTaken(ctx.trx, 'drives', ctx.org.id, id))
      throw new DomainError('vaccination.id_taken', { field: 'id' });
    const row: DrivesTable = {
      org_id: ctx.org.id,
      id,
      name: p.name,
      starts_on: p.startsOn,
      ends_on: p.endsOn,
      target_area_id: p.target.areaId,
      target_min_age: p.target.minAge ?? null,
      target_max_age: p.target.maxAge ?? null,
      target_sex: p.target.sex ?? null,
      created_by: ctx.actor.userId,
      created_at: ctx.now,
    };
    await ctx.trx.insertInto('drives').values(row).execute();
    await ctx.trx.insertInto('drive_sites').values(sites).execute();
    ctx.emit({
      entity: 'drive',
      entityId: id,
      op: 'create',
      areaId: null,
      data: { ...toDriveView(row, sites) },
    });
    return { id, siteIds: sites.map((s) => s.id) };
  },
});

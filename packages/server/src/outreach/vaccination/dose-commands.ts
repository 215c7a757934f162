import {
  checkDose,
  DomainError,
  driveRunsOn,
  newId,
  vaccinationRecord,
  vaccinationVoid,
} from '@groundwork/core';
import { type CommandContext, defineCommand } from '../../commands/context.ts';
import { orgToday } from '../../finance/today.ts';
import { loadPerson } from '../../people/store.ts';
import { idTaken, loadRecord } from '../rows.ts';
import { consentingPerson, feedPlace } from '../subject.ts';
import { countingDoses, loadDrive, loadVaccine } from './store.ts';
import type { DosesTable } from './tables.ts';
import { toDoseView } from './views.ts';

/** The drive a dose was given in must be running on its date, and the site must be one of its own. */
async function checkDriveAndSite(
  ctx: CommandContext,
  driveId: string | undefined,
  site: string | undefined,
  givenOn: string,
) {
  if (!driveId) {
    if (site) throw new DomainError('dose.site_without_drive', { field: 'site' });
    return;
  }
  const drive = await loadDrive(ctx.trx, ctx.org.id, driveId, 'driveId');
  if (!driveRunsOn(drive, givenOn)) {
    throw new DomainError('dose.drive_not_running', {
      field: 'givenOn',
      params: { startsOn: drive.startsOn, endsOn: drive.endsOn },
    });
  }
  if (site && !drive.sites.some((s) => s.id === site)) {
    throw new DomainError('dose.site_not_in_drive', { field: 'site' });
  }
}

/**
 * Records a dose given to a person who consented, in the caller's scope, checked against the series and
 * her doses of the same vaccine that count. The unique index refuses a duplicate even if this check were
 * bypassed.
 */
export const recordVaccination = defineCommand({
  type: 'vaccination.record',
  schema: vaccinationRecord,
  async apply(ctx, p) {
    // A role that may not record doses at all is refused before anything about the person is looked up.
    ctx.ensure('outreach.write', {});
    const person = await consentingPerson(ctx, p.personId);
    const vaccine = await loadVaccine(ctx.trx, ctx.org.id, p.vaccineId, 'vaccineId');
    await checkDriveAndSite(ctx, p.driveId, p.site, p.givenOn);
    const earlier = await countingDoses(ctx.trx, ctx.org.id, p.personId, p.vaccineId);
    checkDose(
      {
        id: vaccine.id,
        dosesInSeries: Number(vaccine.doses_in_series),
        minIntervalDays: Number(vaccine.min_interval_days),
      },
      earlier.map((d) => ({ doseNumber: Number(d.dose_number), givenOn: d.given_on })),
      { doseNumber: p.doseNumber, givenOn: p.givenOn },
      { today: orgToday(ctx), birthDate: person.row.birth_date, birthYear: person.row.birth_year },
    );
    const id = p.id ?? newId();
    if (await idTaken(ctx.trx, 'doses', ctx.org.id, id))
      throw new DomainError('vaccination.id_taken', { field: 'id' });
    const row: DosesTable = {
      org_id: ctx.org.id,
      id,
      person_id: p.personId,
      vaccine_id: p.vaccineId,
      dose_number: p.doseNumber,
      given_on: p.givenOn,
      drive_id: p.driveId ?? null,
      site: p.site ?? null,
      lot_number: p.lotNumber ?? null,
      recorded_by: ctx.actor.userId,
      recorded_at: ctx.now,
      voided_at: null,
      void_reason: null,
    };
    await ctx.trx.insertInto('doses').values(row).execute();
    ctx.emit({
      entity: 'dose',
      entityId: id,
      op: 'create',
      ...feedPlace(person),
      data: { ...toDoseView(row) },
    });
    return { id };
  },
});

/**
 * Voids a dose recorded by mistake: the record stays, with when and why, and no longer counts. A voided
 * dose can be recorded again, correctly, as a new dose.
 */
export const voidVaccination = defineCommand({
  type: 'vaccination.void',
  schema: vaccinationVoid,
  async apply(ctx, p) {
    ctx.ensure('outreach.write', {});
    const dose = await loadRecord(ctx.trx, 'doses', ctx.org.id, p.doseId, 'doseId');
    const person = await loadPerson(ctx.trx, ctx.org.id, dose.person_id, 'doseId');
    ctx.ensure('outreach.write', person.resource);
    if (dose.voided_at !== null) {
      throw new DomainError('dose.already_voided', { field: 'doseId' });
    }
    const row: DosesTable = { ...dose, voided_at: ctx.now, void_reason: p.reason };
    await ctx.trx
      .updateTable('doses')
      .set({ voided_at: row.voided_at, void_reason: row.void_reason })
      .where('org_id', '=', ctx.org.id)
      .where('id', '=', p.doseId)
      .execute();
    ctx.emit({
      entity: 'dose',
      entityId: dose.id,
      op: 'update',
      ...feedPlace(person),
      data: { ...toDoseView(row) },
    });
    return { id: dose.id };
  },
});

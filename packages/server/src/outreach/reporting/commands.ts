import {
  type Dhis2MappingSet,
  DomainError,
  dhis2MappingSet,
  newId,
  parseDhis2Indicator,
} from '@groundwork/core';
import { type CommandContext, type CommandHandler, defineCommand } from '../../commands/context.ts';

/** The first repeated value of a list, with its position, so the refusal names the field at fault. */
function firstRepeat(values: readonly string[]): number {
  const seen = new Set<string>();
  for (const [i, value] of values.entries()) {
    if (seen.has(value)) return i;
    seen.add(value);
  }
  return -1;
}

function checkRepeats(mapping: Dhis2MappingSet): void {
  const indicator = firstRepeat(mapping.indicators.map((m) => m.indicator));
  if (indicator >= 0) {
    throw new DomainError('dhis2.duplicate_indicator', {
      field: `indicators.${indicator}.indicator`,
      params: { indicator: mapping.indicators[indicator]!.indicator },
    });
  }
  // Two indicators sent as the same data value would overwrite each other in DHIS2.
  const target = firstRepeat(
    mapping.indicators.map((m) => `${m.dataElement}.${m.categoryOptionCombo ?? ''}`),
  );
  if (target >= 0) {
    throw new DomainError('dhis2.duplicate_data_value', {
      field: `indicators.${target}.dataElement`,
      params: { dataElement: mapping.indicators[target]!.dataElement },
    });
  }
  const area = firstRepeat(mapping.areas.map((m) => m.areaId));
  if (area >= 0) throw new DomainError('dhis2.duplicate_area', { field: `areas.${area}.areaId` });
}

async function checkAreas(ctx: CommandContext, mapping: Dhis2MappingSet): Promise<void> {
  const ids = mapping.areas.map((m) => m.areaId);
  if (ids.length === 0) return;
  const known = new Set<string>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await ctx.trx
      .selectFrom('areas')
      .select('id')
      .where('org_id', '=', ctx.org.id)
      .where('id', 'in', ids.slice(start, start + 500))
      .execute();
    for (const row of rows) known.add(row.id);
  }
  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0) {
    const field = `areas.${missing}.areaId`;
    throw new DomainError('reference.not_found', { field, params: { field } });
  }
}

/** A dose indicator names a vaccine of the catalogue and a dose its series has. */
async function checkVaccines(ctx: CommandContext, mapping: Dhis2MappingSet): Promise<void> {
  const doses = mapping.indicators.flatMap((m, i) => {
    const parsed = parseDhis2Indicator(m.indicator);
    return parsed.kind === 'doses' ? [{ ...parsed, i }] : [];
  });
  if (doses.length === 0) return;
  const vaccines = await ctx.trx
    .selectFrom('vaccines')
    .select(['code', 'name', 'doses_in_series'])
    .where('org_id', '=', ctx.org.id)
    .where('code', 'in', [...new Set(doses.map((d) => d.vaccineCode))])
    .execute();
  const byCode = new Map(vaccines.map((v) => [v.code, v]));
  for (const dose of doses) {
    const field = `indicators.${dose.i}.indicator`;
    const vaccine = byCode.get(dose.vaccineCode);
    if (!vaccine)
      throw new DomainError('dhis2.unknown_vaccine', { field, params: { code: dose.vaccineCode } });
    if (dose.doseNumber > vaccine.doses_in_series) {
      throw new DomainError('dhis2.dose_beyond_series', {
        field,
        params: { vaccine: vaccine.name, doses: vaccine.doses_in_series, doseNumber: dose.doseNumber },
      });
    }
  }
}

/** Sets the organisation's whole DHIS2 mapping, replacing the one before. */
const mappingSet = defineCommand({
  type: 'outreach.dhis2_mapping.set',
  schema: dhis2MappingSet,
  async apply(ctx, mapping) {
    ctx.ensure('outreach.manage', {});
    checkRepeats(mapping);
    await checkAreas(ctx, mapping);
    await checkVaccines(ctx, mapping);
    const orgId = ctx.org.id;
    const settings = { data_set: mapping.dataSet, updated_by: ctx.actor.userId, updated_at: ctx.now };
    const existing = await ctx.trx
      .selectFrom('dhis2_settings')
      .select('id')
      .where('org_id', '=', orgId)
      .executeTakeFirst();
    const id = existing?.id ?? newId();
    if (existing) {
      await ctx.trx.updateTable('dhis2_settings').set(settings).where('org_id', '=', orgId).execute();
    } else {
      await ctx.trx
        .insertInto('dhis2_settings')
        .values({ org_id: orgId, id, ...settings })
        .execute();
    }
    await ctx.trx.deleteFrom('dhis2_indicator_maps').where('org_id', '=', orgId).execute();
    await ctx.trx.deleteFrom('dhis2_area_maps').where('org_id', '=', orgId).execute();
    if (mapping.indicators.length > 0) {
      await ctx.trx
        .insertInto('dhis2_indicator_maps')
        .values(
          mapping.indicators.map((m) => ({
            org_id: orgId,
            id: newId(),
            indicator: m.indicator,
            data_element: m.dataElement,
            category_option_combo: m.categoryOptionCombo ?? null,
          })),
        )
        .execute();
    }
    for (let start = 0; start < mapping.areas.length; start += 200) {
      await ctx.trx
        .insertInto('dhis2_area_maps')
        .values(
          mapping.areas.slice(start, start + 200).map((m) => ({
            org_id: orgId,
            id: newId(),
            area_id: m.areaId,
            org_unit: m.orgUnit,
          })),
        )
        .execute();
    }
    return { id, indicators: mapping.indicators.length, areas: mapping.areas.length };
  },
});

export const reportingCommands: CommandHandler[] = [mappingSet];

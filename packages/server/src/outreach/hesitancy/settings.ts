import { defaultMaxRefusals, outreachSettingsInput } from '@groundwork/core';
import type { Kysely } from 'kysely';
import { defineCommand } from '../../commands/context.ts';
import type { Tables } from '../../db/schema.ts';

export interface OutreachSettingsView {
  maxRefusals: number;
  /** null while the organisation keeps the defaults. */
  updatedAt: string | null;
}

/** The organisation's outreach settings, the defaults when it never set them. */
export async function outreachSettings(db: Kysely<Tables>, orgId: string): Promise<OutreachSettingsView> {
  const row = await db
    .selectFrom('outreach_settings')
    .select(['max_refusals', 'updated_at'])
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return { maxRefusals: row?.max_refusals ?? defaultMaxRefusals, updatedAt: row?.updated_at ?? null };
}

export const setOutreachSettings = defineCommand({
  type: 'outreach.settings.set',
  schema: outreachSettingsInput,
  async apply(ctx, p) {
    ctx.ensure('outreach.manage', {});
    const values = { max_refusals: p.maxRefusals, updated_at: ctx.now };
    const updated = await ctx.trx
      .updateTable('outreach_settings')
      .set(values)
      .where('org_id', '=', ctx.org.id)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      await ctx.trx
        .insertInto('outreach_settings')
        .values({ org_id: ctx.org.id, ...values })
        .execute();
    }
    const view: OutreachSettingsView = { maxRefusals: p.maxRefusals, updatedAt: ctx.now };
    // Every outreach device works out the follow-up list offline, so the setting goes to all of them.
    ctx.emit({
      entity: 'outreach_settings',
      entityId: ctx.org.id,
      op: 'update',
      areaId: null,
      data: { ...view },
    });
    return { id: ctx.org.id };
  },
});

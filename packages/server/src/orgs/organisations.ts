import { DomainError, newId, type OrganisationInput, organisationInput } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/schema.ts';
import { validate } from '../shared/validate.ts';

export interface Organisation {
  id: string;
  slug: string;
  name: string;
  country: string;
  currency: string;
  locale: string;
  timeZone: string;
}

type Row = Tables['organisations'];

export function toOrganisation(row: Row): Organisation {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    country: row.country,
    currency: row.currency,
    locale: row.locale,
    timeZone: row.time_zone,
  };
}

export async function loadOrganisation(db: Kysely<Tables>, id: string): Promise<Organisation> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('resource.not_found', { field: 'orgId' });
  return toOrganisation(row);
}

export async function findOrganisationBySlug(
  db: Kysely<Tables>,
  slug: string,
): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toOrganisation(row) : undefined;
}

/** Creating an organisation is an installation task (the CLI), so it has no actor inside the organisation yet. */
export async function createOrganisation(
  db: Kysely<Tables>,
  input: OrganisationInput,
): Promise<Organisation> {
  const data = validate(organisationInput, input);
  return db.transaction().execute(async (trx) => {
    if (await findOrganisationBySlug(trx, data.slug)) {
      throw new DomainError('org.slug_taken', { field: 'slug', params: { slug: data.slug } });
    }
    const now = new Date().toISOString();
    const row: Row = {
      id: newId(),
      slug: data.slug,
      name: data.name,
      country: data.country,
      currency: data.currency,
      locale: data.locale,
      time_zone: data.timeZone,
      created_at: now,
    };
    await trx.insertInto('organisations').values(row).execute();
    await trx.insertInto('org_counters').values({ org_id: row.id, change_seq: 0 }).execute();
    await trx
      .insertInto('audit_log')
      .values({
        org_id: row.id,
        id: newId(),
        at: now,
        user_id: null,
        device_id: 'cli',
        command_id: null,
        action: 'org.create',
        entity: 'organisation',
        entity_id: row.id,
        detail: JSON.stringify({ slug: row.slug }),
      })
      .execute();
    return toOrganisation(row);
  });
}

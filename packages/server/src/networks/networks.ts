import { DomainError, type NetworkInput, networkInput, newId } from '@groundwork/core';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/database.ts';
import type { Tables } from '../db/schema.ts';
import { validate } from '../shared/validate.ts';

export interface Network {
  id: string;
  slug: string;
  name: string;
  organisationIds: string[];
}

function slugTaken(slug: string): DomainError {
  return new DomainError('network.slug_taken', { field: 'slug', params: { slug } });
}

/** A collaborative of partner organisations; like an organisation, it is made by the installation. */
export async function createNetwork(db: Kysely<Tables>, input: NetworkInput): Promise<Network> {
  const data = validate(networkInput, input);
  const slugs = [...new Set(data.organisationSlugs)];
  try {
    return await db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('networks')
        .select('id')
        .where('slug', '=', data.slug)
        .executeTakeFirst();
      if (taken) throw slugTaken(data.slug);
      const orgs = await trx
        .selectFrom('organisations')
        .select(['id', 'slug'])
        .where('slug', 'in', slugs)
        .execute();
      const idOf = new Map(orgs.map((o) => [o.slug, o.id]));
      const missing = data.organisationSlugs.findIndex((slug) => !idOf.has(slug));
      if (missing >= 0) {
        const field = `organisationSlugs.${missing}`;
        throw new DomainError('reference.not_found', {
          field,
          params: { field },
          details: { slug: data.organisationSlugs[missing] },
        });
      }
      const now = new Date().toISOString();
      const network = { id: newId(), slug: data.slug, name: data.name, organisationIds: [...idOf.values()] };
      await trx
        .insertInto('networks')
        .values({ id: network.id, slug: network.slug, name: network.name, created_at: now })
        .execute();
      await trx
        .insertInto('network_members')
        .values(network.organisationIds.map((org_id) => ({ network_id: network.id, org_id })))
        .execute();
      // Each partner can see in its own audit log that it joined a network and who else is in it.
      await trx
        .insertInto('audit_log')
        .values(
          network.organisationIds.map((org_id) => ({
            org_id,
            id: newId(),
            at: now,
            user_id: null,
            device_id: 'cli',
            command_id: null,
            action: 'network.create',
            entity: 'network',
            entity_id: network.id,
            detail: JSON.stringify({ slug: network.slug, organisations: slugs }),
          })),
        )
        .execute();
      return network;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken(data.slug);
    throw error;
  }
}

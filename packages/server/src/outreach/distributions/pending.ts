import type { Actor } from '@groundwork/core';
import type { Kysely } from 'kysely';
import { peopleInScope } from '../../access/scope-sql.ts';
import type { Tables } from '../../db/schema.ts';
import { areaAndBelow } from '../areas.ts';
import { fullName } from './recipients.ts';

type Db = Kysely<Tables>;

export interface PendingPerson {
  id: string;
  name: string;
  areaId: string | null;
  phone: string | null;
  /** Without consent she cannot be given the kit yet: record it first. */
  consentGiven: boolean;
}

/** People of an area (and the areas beneath it) the caller may see who have not yet received the distribution. */
export async function pending(
  db: Db,
  actor: Actor,
  distributionId: string,
  areaId: string,
  limit: number,
  after: string | undefined,
): Promise<PendingPerson[]> {
  const areas = await areaAndBelow(db, actor.orgId, areaId);
  if (areas.length === 0) return [];
  let query = db
    .selectFrom('people')
    .select([
      'people.id',
      'people.given_name',
      'people.family_name',
      'people.area_id',
      'people.phone',
      'people.consent_given',
    ])
    .where('people.org_id', '=', actor.orgId)
    .where('people.area_id', 'in', areas)
    .where(peopleInScope(actor))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('distribution_receipts as r')
            .select('r.id')
            .where('r.org_id', '=', actor.orgId)
            .where('r.distribution_id', '=', distributionId)
            .whereRef('r.person_id', '=', 'people.id'),
        ),
      ),
    );
  if (after) query = query.where('people.id', '>', after);
  const rows = await query
    .orderBy('people.id')
    .limit(limit + 1)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: fullName(r.given_name, r.family_name),
    areaId: r.area_id,
    phone: r.phone,
    consentGiven: r.consent_given === 1,
  }));
}

import { type Actor, isScoped } from '@groundwork/core';
import type { Kysely } from 'kysely';
import { idList } from '../access/scope-sql.ts';
import type { Tables } from '../db/schema.ts';

/**
 * Changes after `since` that the actor may see. A scoped user gets what lies in her areas or groups,
 * and the people who are current members of her groups.
 */
export function changesInScope(db: Kysely<Tables>, actor: Actor, since: number, limit: number) {
  let query = db.selectFrom('changes').selectAll().where('org_id', '=', actor.orgId).where('seq', '>', since);
  if (isScoped(actor)) {
    const areas = idList(actor.scope.areaIds);
    const groups = idList(actor.scope.groupIds);
    query = query.where((eb) =>
      eb.or([
        eb('area_id', 'in', areas),
        eb('group_id', 'in', groups),
        eb.and([
          eb('entity', '=', 'person'),
          eb(
            'entity_id',
            'in',
            eb
              .selectFrom('memberships')
              .select('person_id')
              .where('org_id', '=', actor.orgId)
              .where('left_on', 'is', null)
              .where('group_id', 'in', groups),
          ),
        ]),
      ]),
    );
  }
  return query.orderBy('seq').limit(limit).execute();
}

import { type Actor, isScoped } from '@groundwork/core';
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import { idList } from '../access/scope-sql.ts';
import type { Tables } from '../db/schema.ts';

/**
 * The changes the actor may see. A scoped user gets what lies in her areas or groups, and the people who
 * are current members of her groups.
 */
export function changeInScope(actor: Actor) {
  return (eb: ExpressionBuilder<Tables, 'changes'>): Expression<SqlBool> => {
    if (!isScoped(actor)) return sql<SqlBool>`1 = 1`;
    const groups = idList(actor.scope.groupIds);
    return eb.or([
      eb('area_id', 'in', idList(actor.scope.areaIds)),
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
    ]);
  };
}

/** Changes after `since` that the actor may see, in the order they happened. */
export function changesInScope(db: Kysely<Tables>, actor: Actor, since: number, limit: number) {
  return db
    .selectFrom('changes')
    .selectAll()
    .where('org_id', '=', actor.orgId)
    .where('seq', '>', since)
    .where(changeInScope(actor))
    .orderBy('seq')
    .limit(limit)
    .execute();
}

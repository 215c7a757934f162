import {
  type Actor,
  isScoped,
  outreachCatalogueEntities,
  outreachEntities,
  rolePermissions,
} from '@groundwork/core';
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import { idList } from '../access/scope-sql.ts';
import type { Tables } from '../db/schema.ts';

/**
 * The changes the actor may see. A scoped user gets what lies in her areas or groups, and the people who
 * are current members of her groups. Health outreach reaches only a user whose role may read it; its
 * catalogues (vaccines, drives, kits, distribution points) reach her whatever her scope.
 */
export function changeInScope(actor: Actor) {
  const readsOutreach = rolePermissions[actor.role].has('outreach.read');
  return (eb: ExpressionBuilder<Tables, 'changes'>): Expression<SqlBool> => {
    const inPlace = placeInScope(actor, readsOutreach)(eb);
    if (readsOutreach) return inPlace;
    return eb.and([eb('entity', 'not in', [...outreachEntities]), inPlace]);
  };
}

function placeInScope(actor: Actor, readsOutreach: boolean) {
  return (eb: ExpressionBuilder<Tables, 'changes'>): Expression<SqlBool> => {
    if (!isScoped(actor)) return sql<SqlBool>`1 = 1`;
    const groups = idList(actor.scope.groupIds);
    return eb.or([
      ...(readsOutreach ? [eb('entity', 'in', [...outreachCatalogueEntities])] : []),
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

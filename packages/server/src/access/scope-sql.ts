import { type Actor, isScoped } from '@groundwork/core';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Tables } from '../db/schema.ts';

const none = ['00000000-0000-0000-0000-000000000000'];

/** Ids for an SQL IN list; an empty scope matches nothing rather than making invalid SQL. */
export const idList = (ids: ReadonlySet<string>) => (ids.size > 0 ? [...ids] : none);

/** The SQL twin of `inScope` for people: in one of her areas, or a current member of one of her groups. */
export function peopleInScope(actor: Actor) {
  return (eb: ExpressionBuilder<Tables, 'people'>): Expression<SqlBool> => {
    if (!isScoped(actor)) return sql<SqlBool>`1 = 1`;
    return eb.or([
      eb('people.area_id', 'in', idList(actor.scope.areaIds)),
      eb(
        'people.id',
        'in',
        eb
          .selectFrom('memberships')
          .select('memberships.person_id')
          .where('memberships.org_id', '=', actor.orgId)
          .where('memberships.left_on', 'is', null)
          .where('memberships.group_id', 'in', idList(actor.scope.groupIds)),
      ),
    ]);
  };
}

/** The SQL twin of `inScope` for groups: in one of her areas, or one of her groups. */
export function groupsInScope(actor: Actor) {
  return (eb: ExpressionBuilder<Tables, 'groups'>): Expression<SqlBool> => {
    if (!isScoped(actor)) return sql<SqlBool>`1 = 1`;
    return eb.or([
      eb('groups.area_id', 'in', idList(actor.scope.areaIds)),
      eb('groups.id', 'in', idList(actor.scope.groupIds)),
    ]);
  };
}

/** Households are placed by area only, so a scoped user sees those in her areas. */
export function householdsInScope(actor: Actor) {
  return (eb: ExpressionBuilder<Tables, 'households'>): Expression<SqlBool> => {
    if (!isScoped(actor)) return sql<SqlBool>`1 = 1`;
    return eb('households.area_id', 'in', idList(actor.scope.areaIds));
  };
}

/** A scoped user sees the areas she was given and every area beneath them. */
export function areasInScope(actor: Actor) {
  return (eb: ExpressionBuilder<Tables, 'areas'>): Expression<SqlBool> => {
    if (!isScoped(actor)) return sql<SqlBool>`1 = 1`;
    return eb('areas.id', 'in', idList(actor.scope.areaIds));
  };
}

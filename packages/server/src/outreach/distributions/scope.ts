import { type Actor, isScoped } from '@groundwork/core';
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import { idList, peopleInScope } from '../../access/scope-sql.ts';
import type { Tables } from '../../db/schema.ts';

/** The SQL twin of `inScope` for distribution points: a scoped worker sees the points of her areas. */
export function pointsInScope(actor: Actor) {
  return (eb: ExpressionBuilder<Tables, 'distribution_points'>): Expression<SqlBool> =>
    isScoped(actor)
      ? eb('distribution_points.area_id', 'in', idList(actor.scope.areaIds))
      : sql<SqlBool>`1 = 1`;
}

/** The people a caller may see, for a condition on a person id column. */
export function visiblePeople(db: Kysely<Tables>, actor: Actor) {
  return db
    .selectFrom('people')
    .select('people.id')
    .where('people.org_id', '=', actor.orgId)
    .where(peopleInScope(actor));
}

import type { HesitancyVisitView } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/schema.ts';

type VisitRow = Tables['hesitancy_visits'];

export function toVisitView(row: VisitRow): HesitancyVisitView {
  return {
    id: row.id,
    personId: row.person_id,
    vaccineId: row.vaccine_id,
    visitedOn: row.visited_on,
    reasons: JSON.parse(row.reasons),
    otherReason: row.other_reason,
    counselling: { messages: JSON.parse(row.counselling_messages), notes: row.counselling_notes },
    outcome: row.outcome as HesitancyVisitView['outcome'],
    nextVisitOn: row.next_visit_on,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}

/** Whether the person has a dose of the vaccine that counts (not voided). */
export async function hasCountingDose(
  db: Kysely<Tables>,
  orgId: string,
  personId: string,
  vaccineId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('doses')
    .select('id')
    .where('org_id', '=', orgId)
    .where('person_id', '=', personId)
    .where('vaccine_id', '=', vaccineId)
    .where('voided_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

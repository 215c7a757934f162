import type { CounsellingKind, CounsellingMode, CounsellingSessionView } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/schema.ts';

type SessionRow = Tables['counselling_sessions'];

export function toSessionView(row: SessionRow, personIds: string[]): CounsellingSessionView {
  return {
    id: row.id,
    kind: row.kind as CounsellingKind,
    mode: row.mode as CounsellingMode,
    personIds,
    groupId: row.group_id,
    counsellorUserId: row.counsellor_user_id,
    heldOn: row.held_on,
    durationMinutes: row.duration_minutes,
    referral: row.referral_to === null ? null : { to: row.referral_to },
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}

/** The people of each session, in one query. */
export async function participantsOf(
  db: Kysely<Tables>,
  orgId: string,
  sessionIds: string[],
): Promise<Map<string, string[]>> {
  const byId = new Map<string, string[]>(sessionIds.map((id) => [id, []]));
  for (let i = 0; i < sessionIds.length; i += 500) {
    const rows = await db
      .selectFrom('counselling_participants')
      .select(['session_id', 'person_id'])
      .where('org_id', '=', orgId)
      .where('session_id', 'in', sessionIds.slice(i, i + 500))
      .orderBy('person_id')
      .execute();
    for (const r of rows) byId.get(r.session_id)?.push(r.person_id);
  }
  return byId;
}

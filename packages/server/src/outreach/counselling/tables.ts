/** A counselling session, without what was said. */
export interface CounsellingSessionsTable {
  org_id: string;
  id: string;
  kind: string;
  mode: string;
  /** For a group session held with a group's members. */
  group_id: string | null;
  counsellor_user_id: string;
  held_on: string;
  duration_minutes: number;
  referral_to: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** The people counselled in a session. */
export interface CounsellingParticipantsTable {
  org_id: string;
  session_id: string;
  person_id: string;
}

/** Health-confidential: read only through the audited content route. */
export interface CounsellingContentsTable {
  org_id: string;
  session_id: string;
  notes: string;
  referral_reason: string | null;
}

export interface CounsellingTables {
  counselling_sessions: CounsellingSessionsTable;
  counselling_participants: CounsellingParticipantsTable;
  counselling_contents: CounsellingContentsTable;
}

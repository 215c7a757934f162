/** A door-to-door visit to someone hesitant about a vaccine. History: never changed once written. */
export interface HesitancyVisitsTable {
  org_id: string;
  id: string;
  person_id: string;
  vaccine_id: string;
  visited_on: string;
  /** JSON list of reason codes. */
  reasons: string;
  other_reason: string | null;
  /** JSON list of the coded messages given. */
  counselling_messages: string;
  counselling_notes: string | null;
  outcome: string;
  next_visit_on: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** Settings of health outreach, one row per organisation; absent until first set. */
export interface OutreachSettingsTable {
  org_id: string;
  max_refusals: number;
  updated_at: string;
}

export interface HesitancyTables {
  hesitancy_visits: HesitancyVisitsTable;
  outreach_settings: OutreachSettingsTable;
}

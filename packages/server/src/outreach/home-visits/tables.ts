export interface FollowUpPlansTable {
  org_id: string;
  id: string;
  person_id: string;
  /** 'child_under_five' | 'pregnancy' */
  kind: string;
  starts_on: string;
  /** The last day the plan runs by its own rule: the day before a child's fifth birthday. */
  ends_on: string | null;
  pregnancy_id: string | null;
  /** Set when someone ends the plan, or a delivery or closure ends a pregnancy's plan. */
  ended_on: string | null;
  end_reason: string | null;
  recorded_by: string;
  created_at: string;
  updated_at: string;
}

export interface HomeVisitsTable {
  org_id: string;
  id: string;
  person_id: string;
  plan_id: string | null;
  visited_on: string;
  weight_grams: number | null;
  muac_mm: number | null;
  /** 1 = present, 0 = absent, null = not looked at. */
  oedema: number | null;
  /** JSON list of danger-sign codes. */
  danger_signs: string;
  /** JSON list of advice codes. */
  advice: string;
  referral_to: string | null;
  referral_reason: string | null;
  notes: string | null;
  recorded_by: string;
  created_at: string;
}

export interface HomeVisitsTables {
  follow_up_plans: FollowUpPlansTable;
  home_visits: HomeVisitsTable;
}

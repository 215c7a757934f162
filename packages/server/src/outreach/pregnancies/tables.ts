/** A pregnancy from registration to its delivery or closure; current while both dates are null. */
export interface PregnanciesTable {
  org_id: string;
  id: string;
  person_id: string;
  registered_on: string;
  expected_delivery_on: string;
  last_menstrual_period_on: string | null;
  delivered_on: string | null;
  /** 'health_facility' | 'home' | 'other' */
  delivery_place: string | null;
  facility_name: string | null;
  outcome: string | null;
  /** JSON list of the babies born: `[{ sex, birthWeightGrams? }]`. */
  babies: string | null;
  closed_on: string | null;
  close_reason: string | null;
  recorded_by: string;
  created_at: string;
  updated_at: string;
}

export interface AntenatalContactsTable {
  org_id: string;
  id: string;
  pregnancy_id: string;
  contact_on: string;
  place: string | null;
  notes: string | null;
  recorded_by: string;
  created_at: string;
}

export interface PostnatalVisitsTable {
  org_id: string;
  id: string;
  pregnancy_id: string;
  visited_on: string;
  notes: string | null;
  recorded_by: string;
  created_at: string;
}

export interface PregnanciesTables {
  pregnancies: PregnanciesTable;
  antenatal_contacts: AntenatalContactsTable;
  postnatal_visits: PostnatalVisitsTable;
}

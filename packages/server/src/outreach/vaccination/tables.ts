/** A vaccine of the organisation's catalogue; other slices read it (tasks, reporting). */
export interface VaccinesTable {
  org_id: string;
  id: string;
  name: string;
  /** A short code, unique in the organisation, e.g. "COVID19-CVS"; it is the FHIR vaccineCode. */
  code: string;
  doses_in_series: number;
  /** The fewest days between one dose and the next. */
  min_interval_days: number;
  created_at: string;
}

export interface DrivesTable {
  org_id: string;
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  /** The target population lives in this area and the areas beneath it. */
  target_area_id: string;
  target_min_age: number | null;
  target_max_age: number | null;
  target_sex: string | null;
  created_by: string;
  created_at: string;
}

export interface DriveSitesTable {
  org_id: string;
  id: string;
  drive_id: string;
  name: string;
  /** The order the coordinator listed the sites in. */
  position: number;
}

/** A dose given; a voided one (voided_at set) counts nowhere. Other slices read it. */
export interface DosesTable {
  org_id: string;
  id: string;
  person_id: string;
  vaccine_id: string;
  /** 1-based. */
  dose_number: number;
  given_on: string;
  drive_id: string | null;
  /** The id of one of the drive's sites. */
  site: string | null;
  lot_number: string | null;
  recorded_by: string;
  recorded_at: string;
  voided_at: string | null;
  void_reason: string | null;
}

export interface VaccinationTables {
  vaccines: VaccinesTable;
  drives: DrivesTable;
  drive_sites: DriveSitesTable;
  doses: DosesTable;
}

/** An organisation's DHIS2 settings: one row per organisation. */
export interface Dhis2SettingsTable {
  org_id: string;
  id: string;
  /** The data set the values belong to, when the organisation reports into one. */
  data_set: string | null;
  updated_by: string;
  updated_at: string;
}

/** Which DHIS2 data element (and category option combo) an indicator is reported as. */
export interface Dhis2IndicatorMapsTable {
  org_id: string;
  id: string;
  /** `doses:<vaccine code>:<dose number>`, `deliveries:facility`, `deliveries:all` or `home_visits`. */
  indicator: string;
  data_element: string;
  category_option_combo: string | null;
}

/** Which DHIS2 organisation unit an area reports as; its sub-areas report with it unless mapped themselves. */
export interface Dhis2AreaMapsTable {
  org_id: string;
  id: string;
  area_id: string;
  org_unit: string;
}

export interface ReportingTables {
  dhis2_settings: Dhis2SettingsTable;
  dhis2_indicator_maps: Dhis2IndicatorMapsTable;
  dhis2_area_maps: Dhis2AreaMapsTable;
}

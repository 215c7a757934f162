/**
 * The change-feed entities of health outreach. A device pulls them only for a user who may read outreach;
 * the catalogue entities (what is given, and where, and the organisation's outreach settings) reach every such device whatever its scope, the
 * others only within it.
 */
export const outreachCatalogueEntities = [
  'vaccine',
  'drive',
  'kit',
  'distribution_point',
  'outreach_settings',
] as const;

export const outreachRecordEntities = [
  'dose',
  'hesitancy_visit',
  'counselling_session',
  'follow_up_plan',
  'home_visit',
  'pregnancy',
  'distribution',
  'distribution_receipt',
  'stock_movement',
  'voucher',
] as const;

export type OutreachEntity =
  | (typeof outreachCatalogueEntities)[number]
  | (typeof outreachRecordEntities)[number];

export const outreachEntities: readonly OutreachEntity[] = [
  ...outreachCatalogueEntities,
  ...outreachRecordEntities,
];

import type { OutreachTables } from '../outreach/tables.ts';
import type { FinanceTables } from './finance-schema.ts';

/** Booleans are stored as 0/1 and JSON as text, so both databases hold exactly the same values. */
type Flag = number;
type Json = string;

export interface OrganisationsTable {
  id: string;
  slug: string;
  name: string;
  country: string;
  currency: string;
  locale: string;
  time_zone: string;
  created_at: string;
}

export interface OrgCountersTable {
  org_id: string;
  change_seq: number;
}

export interface NetworksTable {
  id: string;
  slug: string;
  name: string;
  created_at: string;
}

export interface NetworkMembersTable {
  network_id: string;
  org_id: string;
}

export interface AreasTable {
  org_id: string;
  id: string;
  parent_id: string | null;
  kind: string;
  name: string;
  code: string | null;
  created_at: string;
  updated_at: string;
}

export interface HouseholdsTable {
  org_id: string;
  id: string;
  name: string;
  area_id: string | null;
  created_at: string;
}

export interface PeopleTable {
  org_id: string;
  id: string;
  given_name: string;
  family_name: string | null;
  name_key: string;
  sex: string;
  birth_date: string | null;
  birth_year: number | null;
  phone: string | null;
  phone_key: string | null;
  area_id: string | null;
  household_id: string | null;
  occupation: string | null;
  skills: Json;
  disability_type: string | null;
  consent_given: Flag | null;
  consent_date: string | null;
  consent_recorded_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PersonSensitiveTable {
  org_id: string;
  person_id: string;
  attributes: Json;
  updated_at: string;
  updated_by: string;
}

export interface GroupsTable {
  org_id: string;
  id: string;
  kind: string;
  name: string;
  area_id: string | null;
  formed_on: string;
  cadence: string;
  meeting_weekday: string | null;
  meeting_day_of_month: number | null;
  parent_id: string | null;
  status: string;
  constitution: Json | null;
  created_at: string;
  updated_at: string;
}

export interface MembershipsTable {
  org_id: string;
  id: string;
  group_id: string;
  person_id: string;
  joined_on: string;
  left_on: string | null;
  leave_reason: string | null;
  leave_note: string | null;
}

export interface OfficeTermsTable {
  org_id: string;
  id: string;
  group_id: string;
  person_id: string;
  office: string;
  term_start: string;
  term_end: string | null;
  elected_on: string | null;
}

export interface UsersTable {
  org_id: string;
  id: string;
  username: string;
  display_name: string | null;
  password_hash: string;
  role: string;
  locale: string | null;
  sensitive_access: Flag;
  disabled_at: string | null;
  created_at: string;
}

export interface UserAreasTable {
  org_id: string;
  user_id: string;
  area_id: string;
}

export interface UserGroupsTable {
  org_id: string;
  user_id: string;
  group_id: string;
}

export interface SessionsTable {
  id: string;
  org_id: string;
  user_id: string;
  csrf_token: string;
  device_id: string | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface CommandsTable {
  org_id: string;
  id: string;
  type: string;
  user_id: string;
  device_id: string;
  at: string;
  received_at: string;
  payload: Json;
  result: Json;
}

export interface ChangesTable {
  org_id: string;
  seq: number;
  entity: string;
  entity_id: string;
  op: string;
  command_id: string;
  area_id: string | null;
  group_id: string | null;
  data: Json;
}

export interface AuditLogTable {
  org_id: string;
  id: string;
  at: string;
  user_id: string | null;
  device_id: string | null;
  command_id: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  detail: Json | null;
}

export interface Tables extends FinanceTables, OutreachTables {
  organisations: OrganisationsTable;
  org_counters: OrgCountersTable;
  networks: NetworksTable;
  network_members: NetworkMembersTable;
  areas: AreasTable;
  households: HouseholdsTable;
  people: PeopleTable;
  person_sensitive: PersonSensitiveTable;
  groups: GroupsTable;
  memberships: MembershipsTable;
  office_terms: OfficeTermsTable;
  users: UsersTable;
  user_areas: UserAreasTable;
  user_groups: UserGroupsTable;
  sessions: SessionsTable;
  commands: CommandsTable;
  changes: ChangesTable;
  audit_log: AuditLogTable;
}

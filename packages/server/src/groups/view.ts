import type { Tables } from '../db/schema.ts';

type GroupRow = Tables['groups'];

export function toGroupView(row: GroupRow) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    areaId: row.area_id,
    formedOn: row.formed_on,
    cadence: row.cadence,
    meetingWeekday: row.meeting_weekday,
    meetingDayOfMonth: row.meeting_day_of_month,
    parentId: row.parent_id,
    status: row.status,
    constitution: row.constitution ? JSON.parse(row.constitution) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toMembershipView(row: Tables['memberships']) {
  return {
    id: row.id,
    groupId: row.group_id,
    personId: row.person_id,
    joinedOn: row.joined_on,
    leftOn: row.left_on,
    leaveReason: row.leave_reason,
    leaveNote: row.leave_note,
  };
}

export function toOfficeTermView(row: Tables['office_terms']) {
  return {
    id: row.id,
    groupId: row.group_id,
    personId: row.person_id,
    office: row.office,
    termStart: row.term_start,
    termEnd: row.term_end,
    electedOn: row.elected_on,
  };
}

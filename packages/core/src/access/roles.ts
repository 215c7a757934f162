export const roles = [
  'admin',
  'coordinator',
  'field_worker',
  'health_worker',
  'group_leader',
  'viewer',
  'network_viewer',
] as const;
export type Role = (typeof roles)[number];

/** Field roles see only the areas and groups they are given. */
export const scopedRoles: ReadonlySet<Role> = new Set(['field_worker', 'health_worker', 'group_leader']);

/** Roles whose work is health: they read what a counsellor wrote without a further grant. */
export const healthRoles: ReadonlySet<Role> = new Set(['health_worker']);

/** Roles that may be granted the explicit right to read sensitive personal data. */
export const sensitiveCapableRoles: ReadonlySet<Role> = new Set(['admin', 'coordinator', 'health_worker']);

export const actions = [
  'org.read',
  'area.read',
  'area.write',
  'household.read',
  'household.write',
  'person.read',
  'person.write',
  'person.sensitive.read',
  'person.sensitive.write',
  'group.read',
  'group.write',
  'membership.write',
  'office.write',
  'finance.read',
  'finance.write',
  'finance.correct',
  'user.read',
  'user.manage',
  'audit.read',
  'sync.pull',
  'sync.push',
  'account.update',
  'outreach.read',
  'outreach.write',
  'outreach.manage',
  'counselling.content.read',
  'network.read',
] as const;
export type Action = (typeof actions)[number];

const read: Action[] = [
  'account.update',
  'org.read',
  'area.read',
  'household.read',
  'person.read',
  'group.read',
  'finance.read',
  'sync.pull',
];
/** Health outreach: reading it, recording it in the field, and keeping its catalogues (vaccines, drives, kits). */
const outreachField: Action[] = ['outreach.read', 'outreach.write'];

const fieldWrite: Action[] = [
  'household.write',
  'person.write',
  'membership.write',
  'office.write',
  'finance.write',
  'sync.push',
];

/** What each role may do at all; scope and organisation are checked on top of this. */
export const rolePermissions: Record<Role, ReadonlySet<Action>> = {
  admin: new Set(actions),
  coordinator: new Set([
    ...read,
    ...fieldWrite,
    'area.write',
    'group.write',
    'finance.correct',
    'user.read',
    'user.manage',
    'person.sensitive.read',
    'person.sensitive.write',
    ...outreachField,
    'outreach.manage',
    'counselling.content.read',
  ]),
  field_worker: new Set([...read, ...fieldWrite, ...outreachField, 'group.write', 'finance.correct']),
  health_worker: new Set([
    ...read,
    ...fieldWrite,
    ...outreachField,
    'person.sensitive.read',
    'person.sensitive.write',
    'counselling.content.read',
  ]),
  group_leader: new Set([...read, ...fieldWrite]),
  viewer: new Set([...read, 'outreach.read']),
  network_viewer: new Set<Action>(['account.update', 'network.read']),
};

/** Roles a manager may hand out: an admin any, a coordinator only the field and viewer roles. */
export const assignableRoles: Record<Role, ReadonlySet<Role>> = {
  admin: new Set(roles),
  coordinator: new Set(['field_worker', 'health_worker', 'group_leader', 'viewer']),
  field_worker: new Set(),
  health_worker: new Set(),
  group_leader: new Set(),
  viewer: new Set(),
  network_viewer: new Set(),
};

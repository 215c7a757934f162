import { describe, expect, it } from 'vitest';
import { type Actor, can } from './can.ts';
import { actions, type Role, roles } from './roles.ts';

const org = 'org-1';
const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  orgId: org,
  role,
  sensitiveAccess: false,
  scope: { areaIds: new Set(['area-in']), groupIds: new Set(['group-in']) },
  ...extra,
});

describe('can', () => {
  it('refuses every action on another organisation for every role', () => {
    for (const role of roles) {
      for (const action of actions) {
        expect(can(actor(role, { sensitiveAccess: true }), action, { orgId: 'org-2' })).toBe(false);
      }
    }
  });

  it('gives a network viewer nothing about individuals: her own account settings and network aggregates', () => {
    for (const action of actions) {
      expect(can(actor('network_viewer'), action, { orgId: org })).toBe(
        action === 'account.update' || action === 'network.read',
      );
    }
  });

  it('shows what a counsellor wrote to health roles, and to managers only with the grant', () => {
    const inArea = { orgId: org, areaId: 'area-in' };
    expect(can(actor('health_worker'), 'counselling.content.read', inArea)).toBe(true);
    expect(can(actor('health_worker'), 'counselling.content.read', { orgId: org, areaId: 'area-out' })).toBe(
      false,
    );
    expect(can(actor('coordinator'), 'counselling.content.read', inArea)).toBe(false);
    expect(can(actor('coordinator', { sensitiveAccess: true }), 'counselling.content.read', inArea)).toBe(
      true,
    );
    expect(can(actor('admin'), 'counselling.content.read', inArea)).toBe(false);
    for (const role of ['field_worker', 'group_leader', 'viewer'] as const) {
      expect(can(actor(role, { sensitiveAccess: true }), 'counselling.content.read', inArea)).toBe(false);
    }
  });

  it('lets field and health workers record outreach, and only managers keep its catalogues', () => {
    const inArea = { orgId: org, areaId: 'area-in' };
    for (const role of ['field_worker', 'health_worker', 'coordinator', 'admin'] as const) {
      expect(can(actor(role), 'outreach.write', inArea)).toBe(true);
    }
    for (const role of ['group_leader', 'viewer', 'network_viewer'] as const) {
      expect(can(actor(role), 'outreach.write', inArea)).toBe(false);
    }
    expect(can(actor('viewer'), 'outreach.read', inArea)).toBe(true);
    expect(can(actor('group_leader'), 'outreach.read', inArea)).toBe(false);
    expect(can(actor('coordinator'), 'outreach.manage', { orgId: org })).toBe(true);
    expect(can(actor('health_worker'), 'outreach.manage', { orgId: org })).toBe(false);
  });

  it('keeps scoped roles inside their areas and groups', () => {
    for (const role of ['field_worker', 'health_worker', 'group_leader'] as const) {
      const a = actor(role);
      expect(can(a, 'person.read', { orgId: org, areaId: 'area-in' })).toBe(true);
      expect(can(a, 'person.read', { orgId: org, areaId: 'area-out', groupIds: ['group-in'] })).toBe(true);
      expect(can(a, 'person.read', { orgId: org, areaId: 'area-out', groupIds: ['group-out'] })).toBe(false);
      expect(can(a, 'person.read', { orgId: org, areaId: null, groupIds: [] })).toBe(false);
    }
  });

  it('lets organisation-wide roles act anywhere in their organisation', () => {
    expect(can(actor('coordinator'), 'person.write', { orgId: org, areaId: 'area-out' })).toBe(true);
    expect(can(actor('viewer'), 'person.read', { orgId: org, areaId: 'area-out' })).toBe(true);
    expect(can(actor('viewer'), 'person.write', { orgId: org, areaId: 'area-out' })).toBe(false);
  });

  it('requires the explicit grant for sensitive data, even for an admin', () => {
    expect(can(actor('admin'), 'person.sensitive.read', { orgId: org })).toBe(false);
    expect(can(actor('admin', { sensitiveAccess: true }), 'person.sensitive.read', { orgId: org })).toBe(
      true,
    );
    expect(can(actor('viewer', { sensitiveAccess: true }), 'person.sensitive.read', { orgId: org })).toBe(
      false,
    );
    expect(
      can(actor('field_worker', { sensitiveAccess: true }), 'person.sensitive.read', { orgId: org }),
    ).toBe(false);
    const hw = actor('health_worker', { sensitiveAccess: true });
    expect(can(hw, 'person.sensitive.read', { orgId: org, areaId: 'area-in' })).toBe(true);
    expect(can(hw, 'person.sensitive.read', { orgId: org, areaId: 'area-out' })).toBe(false);
  });

  it('lets a coordinator hand out only field and viewer roles', () => {
    const c = actor('coordinator');
    expect(can(c, 'user.manage', { orgId: org, targetRole: 'field_worker' })).toBe(true);
    expect(can(c, 'user.manage', { orgId: org, targetRole: 'admin' })).toBe(false);
    expect(can(actor('admin'), 'user.manage', { orgId: org, targetRole: 'admin' })).toBe(true);
    expect(can(actor('field_worker'), 'user.manage', { orgId: org, targetRole: 'viewer' })).toBe(false);
  });
});

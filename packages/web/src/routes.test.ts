import { describe, expect, it } from 'vitest';
import { mayOpen, routes } from './routes.tsx';

const coordinatorRoles = new Set(['admin', 'coordinator', 'viewer', 'network_viewer']);
const menu = (role: string) =>
  routes.filter((r) => r.nav && mayOpen(r, role, coordinatorRoles.has(role))).map((r) => r.path);

describe('the menu', () => {
  it('offers each role only the screens the server lets it use', () => {
    expect(menu('viewer')).not.toContain('/users');
    expect(menu('viewer')).not.toContain('/import');
    expect(menu('viewer')).toContain('/outreach-dashboard');
    expect(menu('coordinator')).toEqual(
      expect.arrayContaining(['/users', '/import', '/outreach-dashboard', '/today']),
    );
    expect(menu('health_worker')).toEqual(expect.arrayContaining(['/', '/today', '/outreach/people']));
    expect(menu('health_worker')).not.toContain('/dashboard');
    expect(menu('group_leader')).not.toContain('/today');
    expect(menu('network_viewer').filter((p) => p !== '/')).toEqual([]);
  });
});

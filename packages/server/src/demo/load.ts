import { type CommandEnvelope, maxPushBatch, type Role } from '@groundwork/core';
import { systemActor } from '../access/system.ts';
import { applyCommands } from '../commands/apply.ts';
import type { Database } from '../db/database.ts';
import { createNetwork } from '../networks/networks.ts';
import { createOrganisation, type Organisation } from '../orgs/organisations.ts';
import { bamako } from './bamako.ts';
import { nashik } from './nashik.ts';
import { loadOutreachDemo } from './outreach.ts';
import { type DemoOrganisation, type DemoStaffMember, Plan } from './plan.ts';
import { solapur } from './solapur.ts';

export const demoPassword = 'groundwork';

export interface DemoLogin {
  username: string;
  role: string;
  organisation: string;
}

export const demoOrganisations: readonly DemoOrganisation[] = [nashik, solapur, bamako];

const staffRoles: readonly Role[] = [
  'admin',
  'coordinator',
  'field_worker',
  'health_worker',
  'group_leader',
  'viewer',
  'network_viewer',
];
const sensitiveRoles: ReadonlySet<Role> = new Set(['admin', 'health_worker']);

/** Logins for the organisation's staff, after the areas and groups their scopes name. */
export function addStaff(
  plan: Plan,
  slug: string,
  staff: Partial<Record<Role, DemoStaffMember>>,
  on = '2025-01-06',
): void {
  for (const role of staffRoles) {
    const member = staff[role];
    if (!member) continue;
    plan.add(
      'user.create',
      {
        id: plan.id(),
        username: `${role}@${slug}`,
        displayName: member.displayName,
        password: demoPassword,
        role,
        sensitiveAccess: sensitiveRoles.has(role),
        scope: { areaIds: member.areaIds ?? [], groupIds: member.groupIds ?? [] },
      },
      on,
    );
  }
}

/** Every command of one demo organisation, its staff logins last (they are scoped to areas and groups made before). */
export function planDemo(demo: DemoOrganisation): Plan {
  const plan = new Plan(demo.seed);
  addStaff(plan, demo.organisation.slug, demo.build(plan));
  return plan;
}

/** Applies commands as the installation, a push batch at a time; any refusal stops the load with its reason. */
export async function applyAll(
  database: Database,
  org: Organisation,
  commands: readonly CommandEnvelope[],
): Promise<void> {
  for (let start = 0; start < commands.length; start += maxPushBatch) {
    const batch = commands.slice(start, start + maxPushBatch);
    const results = await applyCommands(database, {
      actor: systemActor(org.id),
      deviceId: 'demo',
      commands: batch,
    });
    const rejected = results.findIndex((r) => r.status === 'rejected');
    if (rejected >= 0) {
      const { error } = results[rejected]!;
      const command = batch[rejected]!;
      throw new Error(
        `demo ${org.slug}: ${command.type} rejected with ${error?.code} (${error?.field ?? 'no field'}): ${JSON.stringify(command.payload)}`,
      );
    }
  }
}

/**
 * Loads three synthetic organisations, each through the same commands a device would send, so that the
 * demo obeys every domain rule. The data is the same on every run. Expects a database without them.
 */
export async function loadDemo(database: Database): Promise<DemoLogin[]> {
  const orgs: Organisation[] = [];
  for (const demo of demoOrganisations) orgs.push(await createOrganisation(database.db, demo.organisation));
  // The organisations do not depend on one another: on PostgreSQL they load side by side, on SQLite the
  // one connection takes their transactions in turn.
  const outcomes = await Promise.allSettled(
    demoOrganisations.map((demo, i) => applyAll(database, orgs[i]!, planDemo(demo).commands)),
  );
  const failure = outcomes.find((o) => o.status === 'rejected');
  if (failure) throw failure.reason;
  await loadOutreachDemo(database, orgs);
  await createNetwork(database.db, {
    name: 'Nashik–Solapur Collaborative',
    slug: 'nashik-solapur-collaborative',
    organisationSlugs: [nashik.organisation.slug, solapur.organisation.slug],
  });
  return orgs.flatMap((org) =>
    staffRoles.map((role) => ({ username: `${role}@${org.slug}`, role, organisation: org.slug })),
  );
}

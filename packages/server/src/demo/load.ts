import { maxPushBatch, type Role } from '@groundwork/core';
import { systemActor } from '../access/system.ts';
import { applyCommands } from '../commands/apply.ts';
import type { Database } from '../db/database.ts';
import { createNetwork } from '../networks/networks.ts';
import { createOrganisation, type Organisation } from '../orgs/organisations.ts';
import { bamako } from './bamako.ts';
import { nashik } from './nashik.ts';
import { type DemoOrganisation, Plan } from './plan.ts';
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

/** Every command of one demo organisation, its staff logins last (they are scoped to areas and groups made before). */
export function planDemo(demo: DemoOrganisation): Plan {
  const plan = new Plan(demo.seed);
  const staff = demo.build(plan);
  for (const role of staffRoles) {
    const member = staff[role];
    plan.add(
      'user.create',
      {
        id: plan.id(),
        username: `${role}@${demo.organisation.slug}`,
        displayName: member.displayName,
        password: demoPassword,
        role,
        sensitiveAccess: sensitiveRoles.has(role),
        scope: { areaIds: member.areaIds ?? [], groupIds: member.groupIds ?? [] },
      },
      '2025-01-06',
    );
  }
  return plan;
}

async function applyPlan(database: Database, org: Organisation, plan: Plan): Promise<void> {
  for (let start = 0; start < plan.commands.length; start += maxPushBatch) {
    const commands = plan.commands.slice(start, start + maxPushBatch);
    const results = await applyCommands(database, { actor: systemActor(org.id), deviceId: 'demo', commands });
    const rejected = results.findIndex((r) => r.status === 'rejected');
    if (rejected >= 0) {
      const { error } = results[rejected]!;
      const command = commands[rejected]!;
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
    demoOrganisations.map((demo, i) => applyPlan(database, orgs[i]!, planDemo(demo))),
  );
  const failure = outcomes.find((o) => o.status === 'rejected');
  if (failure) throw failure.reason;
  await createNetwork(database.db, {
    name: 'Nashik–Solapur Collaborative',
    slug: 'nashik-solapur-collaborative',
    organisationSlugs: [nashik.organisation.slug, solapur.organisation.slug],
  });
  return orgs.flatMap((org) =>
    staffRoles.map((role) => ({ username: `${role}@${org.slug}`, role, organisation: org.slug })),
  );
}

import { newId } from '@groundwork/core';
import { systemActor } from '../access/system.ts';
import { applyCommands } from '../commands/apply.ts';
import type { Database } from '../db/database.ts';
import { findOrganisationBySlug, type Organisation } from '../orgs/organisations.ts';
import { CliError } from './errors.ts';

export const cliDevice = 'cli';

export async function requireOrganisation(database: Database, slug: string): Promise<Organisation> {
  const org = await findOrganisationBySlug(database.db, slug);
  if (!org) throw new CliError('cli.org.not_found', { slug });
  return org;
}

/** Applies one command as the installation and throws its refusal, so the caller can print it. */
export async function applyAsSystem(
  database: Database,
  org: Organisation,
  type: string,
  payload: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const [result] = await applyCommands(database, {
    actor: systemActor(org.id),
    deviceId: cliDevice,
    commands: [{ id: newId(), type, at: new Date().toISOString(), payload }],
  });
  if (result?.error) throw result.error;
  return result?.result ?? {};
}

export async function requireUserId(
  database: Database,
  org: Organisation,
  username: string,
): Promise<string> {
  const user = await database.db
    .selectFrom('users')
    .select('id')
    .where('org_id', '=', org.id)
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
  if (!user) throw new CliError('cli.user.not_found', { username, org: org.slug });
  return user.id;
}

import { isDomainError } from '@groundwork/core';
import type { Database } from '../db/database.ts';
import { createNetwork } from '../networks/networks.ts';
import { CliError, command } from './errors.ts';

export interface NetworkAddArgs {
  name: string;
  slug: string;
  /** Comma-separated organisation slugs. */
  orgs: string;
}

export const networkAdd = command(async (database: Database, args: NetworkAddArgs, output) => {
  const organisationSlugs = args.orgs
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  try {
    const network = await createNetwork(database.db, { name: args.name, slug: args.slug, organisationSlugs });
    output.out(
      `Created network ${network.slug} of ${network.organisationIds.length} organisations, id ${network.id}.`,
    );
    return 0;
  } catch (error) {
    if (isDomainError(error) && error.code === 'reference.not_found' && error.details?.slug) {
      throw new CliError(`No organisation has the short name "${String(error.details.slug)}".`);
    }
    throw error;
  }
});

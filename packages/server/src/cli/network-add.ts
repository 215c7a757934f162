import { isDomainError, translate } from '@groundwork/core';
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
      translate(output.locale, 'cli.network.created', {
        slug: network.slug,
        count: network.organisationIds.length,
        id: network.id,
      }),
    );
    return 0;
  } catch (error) {
    if (isDomainError(error) && error.code === 'reference.not_found' && error.details?.slug) {
      throw new CliError('cli.org.not_found', { slug: String(error.details.slug) });
    }
    throw error;
  }
});

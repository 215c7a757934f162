import { type Locale, translate } from '@groundwork/core';
import type { Database } from '../db/database.ts';
import { createOrganisation } from '../orgs/organisations.ts';
import { command } from './errors.ts';

export interface OrgAddArgs {
  name: string;
  slug: string;
  country: string;
  currency: string;
  locale: string;
  timeZone: string;
}

export const orgAdd = command(async (database: Database, args: OrgAddArgs, output) => {
  const org = await createOrganisation(database.db, {
    ...args,
    country: args.country.toUpperCase(),
    currency: args.currency.toUpperCase(),
    // Checked with the other fields by createOrganisation.
    locale: args.locale as Locale,
  });
  output.out(translate(output.locale, 'cli.org.created', { slug: org.slug, name: org.name, id: org.id }));
  return 0;
});

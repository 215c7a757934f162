import { translate } from '@groundwork/core';
import type { Database } from '../db/database.ts';
import { command } from './errors.ts';
import { applyAsSystem, requireOrganisation, requireUserId } from './system.ts';

export interface UserDisableArgs {
  org: string;
  username: string;
}

export const userDisable = command(async (database: Database, args: UserDisableArgs, output) => {
  const org = await requireOrganisation(database, args.org);
  const id = await requireUserId(database, org, args.username);
  await applyAsSystem(database, org, 'user.disable', { id });
  output.out(translate(output.locale, 'cli.user.disabled', { username: args.username, org: org.slug }));
  return 0;
});

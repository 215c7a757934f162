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
  output.out(`Disabled ${args.username} in ${org.slug}; every session of this user has ended.`);
  return 0;
});

import { translate } from '@groundwork/core';
import type { Database } from '../db/database.ts';
import { command } from './errors.ts';
import { applyAsSystem, requireOrganisation, requireUserId } from './system.ts';
import { passwordFrom } from './user-add.ts';

export interface ResetPasswordArgs {
  org: string;
  username: string;
  password?: string | undefined;
}

export const userResetPassword = command(async (database: Database, args: ResetPasswordArgs, output) => {
  const org = await requireOrganisation(database, args.org);
  const id = await requireUserId(database, org, args.username);
  await applyAsSystem(database, org, 'user.reset_password', { id, password: passwordFrom(args.password) });
  output.out(translate(output.locale, 'cli.user.password_set', { username: args.username, org: org.slug }));
  return 0;
});

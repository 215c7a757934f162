import { translate } from '@groundwork/core';
import type { Database } from '../db/database.ts';
import { CliError, command } from './errors.ts';
import { applyAsSystem, requireOrganisation } from './system.ts';

export interface UserAddArgs {
  org: string;
  username: string;
  role: string;
  password?: string | undefined;
  displayName?: string | undefined;
  locale?: string | undefined;
  area: string[];
  group: string[];
  sensitive: boolean;
}

/** A password on the command line lands in the shell history, so the environment is offered too. */
export function passwordFrom(given: string | undefined): string {
  const password = given ?? process.env.GROUNDWORK_PASSWORD;
  if (!password) throw new CliError('cli.user.password_missing');
  return password;
}

export const userAdd = command(async (database: Database, args: UserAddArgs, output) => {
  const org = await requireOrganisation(database, args.org);
  const result = await applyAsSystem(database, org, 'user.create', {
    username: args.username,
    password: passwordFrom(args.password),
    role: args.role,
    sensitiveAccess: args.sensitive,
    scope: { areaIds: args.area, groupIds: args.group },
    ...(args.displayName ? { displayName: args.displayName } : {}),
    ...(args.locale ? { locale: args.locale } : {}),
  });
  output.out(
    translate(output.locale, 'cli.user.created', {
      username: args.username.trim().toLowerCase(),
      role: args.role,
      org: org.slug,
      id: String(result.id),
    }),
  );
  return 0;
});

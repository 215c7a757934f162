import { translate } from '@groundwork/core';
import type { Database } from '../db/database.ts';
import { type DemoLogin, demoPassword } from '../demo/load.ts';
import type { Output } from './output.ts';

export async function hasOrganisations(database: Database): Promise<boolean> {
  const row = await database.db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

export function printDemoLogins(output: Output, logins: DemoLogin[]): void {
  output.out(translate(output.locale, 'cli.demo.logins', { password: demoPassword }));
  const width = Math.max(...logins.map((l) => l.username.length));
  for (const login of logins) {
    const role = translate(output.locale, 'cli.demo.login_role', {
      role: login.role,
      organisation: login.organisation,
    });
    output.out(`  ${login.username.padEnd(width)}  ${role}`);
  }
}

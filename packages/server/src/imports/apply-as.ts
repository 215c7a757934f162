import type { Actor, CommandEnvelope } from '@groundwork/core';
import { batchSize, joining, type Rejection } from '../cli/apply-all.ts';
import { applyCommands } from '../commands/apply.ts';
import type { Database } from '../db/database.ts';

class RolledBack extends Error {
  constructor(readonly rejections: Rejection[]) {
    super('rolled back');
  }
}

/**
 * Applies every command as the user, in batches, inside one transaction, so each row passes the same
 * access checks as the command sent alone. If any is refused all are rolled back; `keep: false` rolls
 * back anyway (a dry run that checks everything the real run would).
 */
export async function applyAllAs(
  database: Database,
  actor: Actor,
  deviceId: string,
  commands: CommandEnvelope[],
  keep: boolean,
): Promise<Rejection[]> {
  try {
    await database.db.transaction().execute(async (trx) => {
      const joined = joining(database, trx);
      const rejections: Rejection[] = [];
      for (let start = 0; start < commands.length; start += batchSize) {
        const batch = commands.slice(start, start + batchSize);
        const results = await applyCommands(joined, { actor, deviceId, commands: batch });
        results.forEach((r, i) => {
          if (r.error) rejections.push({ index: start + i, error: r.error });
        });
      }
      if (rejections.length > 0 || !keep) throw new RolledBack(rejections);
    });
    return [];
  } catch (error) {
    if (error instanceof RolledBack) return error.rejections;
    throw error;
  }
}

import type { CommandEnvelope, DomainError } from '@groundwork/core';
import type { Kysely, Transaction } from 'kysely';
import { systemActor } from '../access/system.ts';
import { applyCommands } from '../commands/apply.ts';
import type { Database } from '../db/database.ts';
import type { Tables } from '../db/schema.ts';
import { cliDevice } from './system.ts';

export const batchSize = 500;

export interface Rejection {
  index: number;
  error: DomainError;
}

class RolledBack extends Error {
  constructor(readonly rejections: Rejection[]) {
    super('rolled back');
  }
}

/**
 * The same database, but each transaction opened on it joins `trx`. applyCommands opens one per call;
 * joined, its savepoints keep each command whole while our one transaction keeps the import whole.
 */
export function joining(database: Database, trx: Transaction<Tables>): Database {
  const db = new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') {
        return () => ({ execute: <T>(work: (t: Transaction<Tables>) => Promise<T>) => work(target) });
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { ...database, db: db as Kysely<Tables> };
}

/**
 * Applies every command as the installation, in batches, inside one transaction: if any is refused, all
 * are rolled back and every refusal is returned with the index of its command.
 */
export async function applyAllOrNothing(
  database: Database,
  orgId: string,
  commands: CommandEnvelope[],
  progress: (done: number) => void,
): Promise<Rejection[]> {
  try {
    await database.db.transaction().execute(async (trx) => {
      const joined = joining(database, trx);
      const rejections: Rejection[] = [];
      for (let start = 0; start < commands.length; start += batchSize) {
        const batch = commands.slice(start, start + batchSize);
        const results = await applyCommands(joined, {
          actor: systemActor(orgId),
          deviceId: cliDevice,
          commands: batch,
        });
        results.forEach((r, i) => {
          if (r.error) rejections.push({ index: start + i, error: r.error });
        });
        progress(start + batch.length);
      }
      if (rejections.length > 0) throw new RolledBack(rejections);
    });
    return [];
  } catch (error) {
    if (error instanceof RolledBack) return error.rejections;
    throw error;
  }
}

import { createHash } from 'node:crypto';
import {
  type Actor,
  type CommandEnvelope,
  type CommandStatus,
  can,
  DomainError,
  isDomainError,
} from '@groundwork/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Tables } from '../db/schema.ts';
import { loadOrganisation, type Organisation } from '../orgs/organisations.ts';
import { validate } from '../shared/validate.ts';
import type { Change, CommandContext, CommandHandler, Warning } from './context.ts';
import { commandHandlers } from './registry.ts';

export interface CommandResult {
  id: string;
  status: CommandStatus;
  result?: Record<string, unknown>;
  error?: DomainError;
}

export interface Submission {
  actor: Actor;
  deviceId: string;
  commands: CommandEnvelope[];
}

/** Sorted keys, so the same payload always compares equal however a client ordered it. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * Applies a batch of commands in one database transaction, each inside its own savepoint: a command is
 * written whole or not at all, a bad one does not stop the others, and a command id seen before returns
 * its first result. Changes get the organisation's next sequence numbers, in commit order.
 */
export async function applyCommands(database: Database, submission: Submission): Promise<CommandResult[]> {
  const { actor, deviceId } = submission;
  return database.db.transaction().execute(async (trx) => {
    const org = await loadOrganisation(trx, actor.orgId);
    let seq = await lockCounter(trx, actor.orgId);
    const results: CommandResult[] = [];
    for (const command of submission.commands) {
      const seqBefore = seq;
      const changes: Change[] = [];
      await sql`SAVEPOINT command`.execute(trx);
      try {
        const result = await applyOne(trx, org, actor, deviceId, command, changes);
        if (result.status === 'applied') seq = await writeChanges(trx, actor.orgId, command.id, changes, seq);
        await sql`RELEASE SAVEPOINT command`.execute(trx);
        results.push(result);
      } catch (error) {
        await sql`ROLLBACK TO SAVEPOINT command`.execute(trx);
        await sql`RELEASE SAVEPOINT command`.execute(trx);
        seq = seqBefore;
        if (!isDomainError(error)) throw error;
        results.push({ id: command.id, status: 'rejected', error });
      }
    }
    await trx
      .updateTable('org_counters')
      .set({ change_seq: seq })
      .where('org_id', '=', actor.orgId)
      .execute();
    return results;
  });
}

/** A write on the counter row first: it serialises writers per organisation on both databases. */
async function lockCounter(trx: Kysely<Tables>, orgId: string): Promise<number> {
  const row = await trx
    .updateTable('org_counters')
    .set({ change_seq: sql`change_seq` })
    .where('org_id', '=', orgId)
    .returning('change_seq')
    .executeTakeFirst();
  if (!row) throw new DomainError('resource.not_found', { field: 'orgId' });
  return Number(row.change_seq);
}

async function applyOne(
  trx: Kysely<Tables>,
  org: Organisation,
  actor: Actor,
  deviceId: string,
  command: CommandEnvelope,
  changes: Change[],
): Promise<CommandResult> {
  const handler = commandHandlers.get(command.type) as CommandHandler | undefined;
  if (!handler)
    throw new DomainError('command.unknown_type', { field: 'type', params: { type: command.type } });
  const stored = handler.sensitive
    ? createHash('sha256').update(canonical(command.payload)).digest('hex')
    : canonical(command.payload);
  const seen = await trx
    .selectFrom('commands')
    .select(['type', 'payload', 'result'])
    .where('org_id', '=', actor.orgId)
    .where('id', '=', command.id)
    .executeTakeFirst();
  if (seen) {
    if (seen.type !== command.type || seen.payload !== stored) {
      throw new DomainError('command.id_reused', { field: 'id' });
    }
    return { id: command.id, status: 'duplicate', result: JSON.parse(seen.result) };
  }
  const payload = validate(handler.schema, command.payload, 'payload');
  const warnings: Warning[] = [];
  const now = new Date().toISOString();
  const ctx: CommandContext = {
    trx,
    actor,
    org,
    commandId: command.id,
    at: command.at,
    now,
    deviceId,
    warn: (w) => warnings.push(w),
    ensure: (action, resource) => {
      if (!can(actor, action, { ...resource, orgId: actor.orgId })) throw new DomainError('access.denied');
    },
    emit: (change) => changes.push(change),
  };
  const outcome = await handler.apply(ctx, payload);
  const result = warnings.length > 0 ? { ...outcome, warnings } : outcome;
  await trx
    .insertInto('commands')
    .values({
      org_id: actor.orgId,
      id: command.id,
      type: command.type,
      user_id: actor.userId,
      device_id: deviceId,
      at: command.at,
      received_at: now,
      payload: stored,
      result: JSON.stringify(result),
    })
    .execute();
  return { id: command.id, status: 'applied', result };
}

async function writeChanges(
  trx: Kysely<Tables>,
  orgId: string,
  commandId: string,
  changes: Change[],
  seq: number,
): Promise<number> {
  if (changes.length === 0) return seq;
  let next = seq;
  const rows = changes.map((c) => ({
    org_id: orgId,
    seq: ++next,
    entity: c.entity,
    entity_id: c.entityId,
    op: c.op,
    command_id: commandId,
    area_id: c.areaId ?? null,
    group_id: c.groupId ?? null,
    data: JSON.stringify(c.data),
  }));
  await trx.insertInto('changes').values(rows).execute();
  return next;
}

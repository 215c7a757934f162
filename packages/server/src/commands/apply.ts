import {
  type Actor,
  type CommandEnvelope,
  type CommandStatus,
  can,
  DomainError,
  isDomainError,
} from '@groundwork/core';
import { CompiledQuery, type Kysely, sql } from 'kysely';
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
    // Read after the counter lock, so a batch committed meanwhile by another device is seen.
    const seen = await loadSeen(
      trx,
      actor.orgId,
      submission.commands.map((c) => c.id),
    );
    const results: CommandResult[] = [];
    for (const command of submission.commands) {
      const seqBefore = seq;
      const changes: Change[] = [];
      await trx.executeQuery(savepoint);
      try {
        const { result, logged } = await applyOne(trx, org, actor, deviceId, command, changes, seen);
        if (result.status === 'applied') seq = await writeChanges(trx, actor.orgId, command.id, changes, seq);
        await trx.executeQuery(releaseSavepoint);
        if (logged) seen.set(command.id, logged);
        results.push(result);
      } catch (error) {
        await trx.executeQuery(rollbackToSavepoint);
        await trx.executeQuery(releaseSavepoint);
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

const redacted = '"redacted"';

// Compiled once: they run twice per command.
const savepoint = CompiledQuery.raw('SAVEPOINT command');
const releaseSavepoint = CompiledQuery.raw('RELEASE SAVEPOINT command');
const rollbackToSavepoint = CompiledQuery.raw('ROLLBACK TO SAVEPOINT command');

/** A command already in the log: what it was and what it gave. */
interface LoggedCommand {
  userId: string;
  type: string;
  payload: string;
  result: string;
}

/**
 * The batch's command ids already in the log, in one query instead of one per command; commands
 * applied later in the batch are added as they commit, so a repeated id within a batch is a duplicate too.
 */
async function loadSeen(
  trx: Kysely<Tables>,
  orgId: string,
  ids: string[],
): Promise<Map<string, LoggedCommand>> {
  const seen = new Map<string, LoggedCommand>();
  const unique = [...new Set(ids)];
  for (let start = 0; start < unique.length; start += 500) {
    const rows = await trx
      .selectFrom('commands')
      .select(['id', 'user_id', 'type', 'payload', 'result'])
      .where('org_id', '=', orgId)
      .where('id', 'in', unique.slice(start, start + 500))
      .execute();
    for (const { id, user_id, ...logged } of rows) seen.set(id, { userId: user_id, ...logged });
  }
  return seen;
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
  log: ReadonlyMap<string, LoggedCommand>,
): Promise<{ result: CommandResult; logged?: LoggedCommand }> {
  const handler = commandHandlers.get(command.type) as CommandHandler | undefined;
  if (!handler)
    throw new DomainError('command.unknown_type', { field: 'type', params: { type: command.type } });
  // Sensitive payloads (health status, passwords) are not kept at all: even a hash of a few possible
  // values gives them away. Their resends are matched on type and author alone.
  const stored = handler.sensitive ? redacted : canonical(command.payload);
  const seen = log.get(command.id);
  if (seen) {
    // Only the author learns that a command id was used: anyone else gets the same refusal whatever they sent.
    if (seen.userId !== actor.userId || seen.type !== command.type || seen.payload !== stored) {
      throw new DomainError('command.id_reused', { field: 'id' });
    }
    return { result: { id: command.id, status: 'duplicate', result: JSON.parse(seen.result) } };
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
  const logged = { type: command.type, payload: stored, result: JSON.stringify(result) };
  await trx
    .insertInto('commands')
    .values({
      org_id: actor.orgId,
      id: command.id,
      user_id: actor.userId,
      device_id: deviceId,
      at: command.at,
      received_at: now,
      ...logged,
    })
    .execute();
  return {
    result: { id: command.id, status: 'applied', result },
    logged: { userId: actor.userId, ...logged },
  };
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

import {
  type Actor,
  type CommandEnvelope,
  type CommandStatus,
  can,
  DomainError,
  isDomainError,
} from '@groundwork/core';
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { Database, DialectName } from '../db/database.ts';
import { insertRows } from '../db/reuse.ts';
import type { Tables } from '../db/schema.ts';
import { loadOrganisation, type Organisation } from '../orgs/organisations.ts';
import { validate } from '../shared/validate.ts';
import { canonical } from './canonical.ts';
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

/** A command already in the log: who sent it, what it was and what it gave. */
interface LoggedCommand {
  userId: string;
  type: string;
  payload: string;
  result: string;
}

interface Batch {
  trx: Kysely<Tables>;
  dialect: DialectName;
  org: Organisation;
  actor: Actor;
  deviceId: string;
  seen: Map<string, LoggedCommand>;
  seq: number;
  /** The log rows of applied commands, written together when the batch ends: nothing reads them before. */
  commandRows: Tables['commands'][];
  changeRows: Tables['changes'][];
}

const rowsPerInsert = 500;

// Sensitive payloads (health status, passwords) are not kept at all: even a hash of a few possible
// values gives them away. Their resends are matched on type and author alone.
const redacted = '"redacted"';

const savepoint = CompiledQuery.raw('SAVEPOINT command');
const releaseSavepoint = CompiledQuery.raw('RELEASE SAVEPOINT command');
const rollbackToSavepoint = CompiledQuery.raw('ROLLBACK TO SAVEPOINT command');

/**
 * Applies a batch of commands in one database transaction, each inside its own savepoint: a command is
 * written whole or not at all, a bad one does not stop the others, and a command id seen before returns
 * its first result. Changes get the organisation's next sequence numbers, in commit order.
 */
export async function applyCommands(database: Database, submission: Submission): Promise<CommandResult[]> {
  const { actor, deviceId, commands } = submission;
  return database.db.transaction().execute(async (trx) => {
    const org = await loadOrganisation(trx, actor.orgId);
    const seq = await lockCounter(trx, actor.orgId);
    // Read after the counter lock, so a batch committed meanwhile by another device is seen.
    const seen = await loadSeen(
      trx,
      actor.orgId,
      commands.map((c) => c.id),
    );
    const batch: Batch = {
      trx,
      dialect: database.dialect,
      org,
      actor,
      deviceId,
      seen,
      seq,
      commandRows: [],
      changeRows: [],
    };
    const results: CommandResult[] = [];
    for (const command of commands) results.push(await applyInSavepoint(batch, command));
    for (let i = 0; i < batch.commandRows.length; i += rowsPerInsert) {
      await insertRows(trx, batch.dialect, 'commands', batch.commandRows.slice(i, i + rowsPerInsert));
    }
    for (let i = 0; i < batch.changeRows.length; i += rowsPerInsert) {
      await insertRows(trx, batch.dialect, 'changes', batch.changeRows.slice(i, i + rowsPerInsert));
    }
    await trx
      .updateTable('org_counters')
      .set({ change_seq: batch.seq })
      .where('org_id', '=', actor.orgId)
      .execute();
    return results;
  });
}

async function applyInSavepoint(batch: Batch, command: CommandEnvelope): Promise<CommandResult> {
  const { trx } = batch;
  const seqBefore = batch.seq;
  await trx.executeQuery(savepoint);
  try {
    const { result, logRows } = await applyOne(batch, command);
    await trx.executeQuery(releaseSavepoint);
    if (logRows) {
      batch.commandRows.push(logRows.command);
      batch.changeRows.push(...logRows.changes);
      batch.seen.set(command.id, logRows.logged);
    }
    return result;
  } catch (error) {
    await trx.executeQuery(rollbackToSavepoint);
    await trx.executeQuery(releaseSavepoint);
    batch.seq = seqBefore;
    if (!isDomainError(error)) throw error;
    error.currency ??= batch.org.currency;
    return { id: command.id, status: 'rejected', error };
  }
}

/**
 * The batch's command ids already in the log, in one query instead of one per command; commands
 * applied earlier in the batch are added as they are written, so a repeated id within a batch is a duplicate.
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

interface LogRows {
  command: Tables['commands'];
  changes: Tables['changes'][];
  logged: LoggedCommand;
}

async function applyOne(
  batch: Batch,
  command: CommandEnvelope,
): Promise<{ result: CommandResult; logRows?: LogRows }> {
  const { trx, actor } = batch;
  const handler = commandHandlers.get(command.type) as CommandHandler | undefined;
  if (!handler)
    throw new DomainError('command.unknown_type', { field: 'type', params: { type: command.type } });
  const stored = handler.sensitive ? redacted : canonical(command.payload);
  const seen = batch.seen.get(command.id);
  if (seen) {
    // Only the author learns that a command id was used: anyone else gets the same refusal whatever they sent.
    if (seen.userId !== actor.userId || seen.type !== command.type || seen.payload !== stored) {
      throw new DomainError('command.id_reused', { field: 'id' });
    }
    return { result: { id: command.id, status: 'duplicate', result: JSON.parse(seen.result) } };
  }
  const payload = validate(handler.schema, command.payload, 'payload');
  const warnings: Warning[] = [];
  const changes: Change[] = [];
  const now = new Date().toISOString();
  const ctx: CommandContext = {
    trx,
    dialect: batch.dialect,
    actor,
    org: batch.org,
    commandId: command.id,
    at: command.at,
    now,
    deviceId: batch.deviceId,
    warn: (w) => warnings.push(w),
    ensure: (action, resource) => {
      if (!can(actor, action, { ...resource, orgId: actor.orgId })) throw new DomainError('access.denied');
    },
    emit: (change) => changes.push(change),
  };
  const outcome = await handler.apply(ctx, payload);
  const result = warnings.length > 0 ? { ...outcome, warnings } : outcome;
  const logged = {
    userId: actor.userId,
    type: command.type,
    payload: stored,
    result: JSON.stringify(result),
  };
  const commandRow = {
    org_id: actor.orgId,
    id: command.id,
    type: logged.type,
    user_id: actor.userId,
    device_id: batch.deviceId,
    at: command.at,
    received_at: now,
    payload: logged.payload,
    result: logged.result,
  };
  return {
    result: { id: command.id, status: 'applied', result },
    logRows: { command: commandRow, changes: changeRows(batch, command.id, changes), logged },
  };
}

function changeRows(batch: Batch, commandId: string, changes: Change[]): Tables['changes'][] {
  return changes.map((c) => ({
    org_id: batch.actor.orgId,
    seq: ++batch.seq,
    entity: c.entity,
    entity_id: c.entityId,
    op: c.op,
    command_id: commandId,
    area_id: c.areaId ?? null,
    group_id: c.groupId ?? null,
    data: JSON.stringify(c.data),
  }));
}

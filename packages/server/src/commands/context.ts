import type { Action, Actor, ErrorCode, MessageKey, Resource } from '@groundwork/core';
import { DomainError } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DialectName } from '../db/database.ts';
import type { Tables } from '../db/schema.ts';
import type { Organisation } from '../orgs/organisations.ts';

type WarningCode<K = MessageKey> = K extends `warning.${infer C}` ? C : never;

export interface Warning {
  code: WarningCode;
  params?: Record<string, string | number>;
}

export interface Change {
  entity: string;
  entityId: string;
  op: 'create' | 'update' | 'delete';
  /** Where the entity lives, so that a scoped device pulls only what it may see. */
  areaId?: string | null;
  groupId?: string | null;
  data: Record<string, unknown>;
}

export interface CommandContext {
  trx: Kysely<Tables>;
  dialect: DialectName;
  actor: Actor;
  org: Organisation;
  commandId: string;
  /** When it happened on the device. */
  at: string;
  /** When the server received it. */
  now: string;
  deviceId: string;
  warn(warning: Warning): void;
  /** Refuses the command unless the one access function allows it. */
  ensure(action: Action, resource: Omit<Resource, 'orgId'>): void;
  emit(change: Change): void;
}

export type CommandOutcome = Record<string, unknown> & { id: string };

export interface CommandHandler<S extends z.ZodType = z.ZodType> {
  type: string;
  schema: S;
  /** Payloads holding sensitive data are kept in the command log only as a hash. */
  sensitive?: boolean;
  apply(ctx: CommandContext, payload: z.output<S>): Promise<CommandOutcome>;
}

export function defineCommand<S extends z.ZodType>(handler: CommandHandler<S>): CommandHandler<S> {
  return handler;
}

/** Loads a row of the caller's organisation or refuses with the field that named it. */
export function required<T>(row: T | undefined, field: string, code: ErrorCode = 'reference.not_found'): T {
  if (row === undefined) throw new DomainError(code, { field, params: { field } });
  return row;
}

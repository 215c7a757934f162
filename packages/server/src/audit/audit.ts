import { type Actor, newId } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/schema.ts';

export interface AuditEntry {
  action: string;
  entity?: string;
  entityId?: string;
  deviceId?: string | null;
  commandId?: string | null;
  detail?: Record<string, unknown>;
}

/** Records who did or saw what, when and from which device. Sensitive reads and sign-ins come here. */
export async function audit(db: Kysely<Tables>, actor: Pick<Actor, 'orgId' | 'userId'>, entry: AuditEntry) {
  await db
    .insertInto('audit_log')
    .values({
      org_id: actor.orgId,
      id: newId(),
      at: new Date().toISOString(),
      user_id: actor.userId,
      device_id: entry.deviceId ?? null,
      command_id: entry.commandId ?? null,
      action: entry.action,
      entity: entry.entity ?? null,
      entity_id: entry.entityId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .execute();
}

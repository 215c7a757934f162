import type { Actor } from '@groundwork/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/schema.ts';
import { changeInScope, changesInScope } from './pull.ts';

/** A change as the pull sends it. */
export interface PulledChange {
  seq: number;
  entity: string;
  id: string;
  op: string;
  commandId: string;
  data: Record<string, unknown>;
}

/** Where a first sync stands: the state as of change `high`, for the entities first seen after `after`. */
export interface SnapshotCursor {
  high: number;
  after: number;
}

/** Meetings held this many days before today or earlier come without their entries in a snapshot. */
export const meetingDetailDays = 91;

/** The feed's last change in the organisation: the point a new snapshot describes. */
export async function snapshotHigh(db: Kysely<Tables>, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.max<number | null>('seq').as('high'))
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return Number(row?.high ?? 0);
}

/**
 * A page of a first sync: each entity the actor may see, once, as its changes up to `high` leave it (an
 * update merged into what came before, a deleted one left out), in the order the entities first appeared.
 * Applying the pages and then the changes after `high` gives what replaying the whole feed would, except
 * that a meeting held more than `meetingDetailDays` ago comes without its entries (`entriesOmitted`): those
 * are in the members' passbooks, and the balances they add up to come with the finance snapshot.
 */
export async function snapshotPage(
  db: Kysely<Tables>,
  actor: Actor,
  cursor: SnapshotCursor,
  limit: number,
  today: string,
) {
  const firsts = await db
    .selectFrom('changes')
    .select(['entity', 'entity_id', (eb) => eb.fn.min<number>('seq').as('first')])
    .where('org_id', '=', actor.orgId)
    .where('seq', '<=', cursor.high)
    .where(changeInScope(actor))
    .groupBy(['entity', 'entity_id'])
    .having((eb) => eb.fn.min('seq'), '>', cursor.after)
    .orderBy('first')
    .limit(limit + 1)
    .execute();
  const page = firsts.slice(0, limit);
  const ids = [...new Set(page.map((f) => f.entity_id))];
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('changes')
          .selectAll()
          .where('org_id', '=', actor.orgId)
          .where('seq', '<=', cursor.high)
          .where('entity_id', 'in', ids)
          .where(changeInScope(actor))
          .orderBy('seq')
          .execute();
  const merged = new Map<string, PulledChange | undefined>();
  for (const row of rows) {
    const key = `${row.entity}:${row.entity_id}`;
    const data = JSON.parse(row.data) as Record<string, unknown>;
    if (row.op === 'delete') {
      merged.set(key, undefined);
      continue;
    }
    const before = merged.get(key);
    merged.set(key, {
      seq: row.seq,
      entity: row.entity,
      id: row.entity_id,
      op: before ? before.op : row.op,
      commandId: row.command_id,
      data: before ? { ...before.data, ...data } : data,
    });
  }
  const detailFrom = daysBefore(today, meetingDetailDays);
  const changes: PulledChange[] = [];
  for (const first of page) {
    const change = merged.get(`${first.entity}:${first.entity_id}`);
    if (change) changes.push(change.entity === 'meeting' ? withoutOldEntries(change, detailFrom) : change);
  }
  const last = page.at(-1);
  if (firsts.length > limit && last) {
    return { changes, nextCursor: `${cursor.high}.${Number(last.first)}`, hasMore: true };
  }
  const later = await changesInScope(db, actor, cursor.high, 1);
  return { changes, nextCursor: String(cursor.high), hasMore: later.length > 0 };
}

function withoutOldEntries(change: PulledChange, detailFrom: string): PulledChange {
  const { entries, ...data } = change.data;
  if (entries === undefined || String(data.heldOn) > detailFrom) return change;
  return { ...change, data: { ...data, entriesOmitted: true } };
}

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

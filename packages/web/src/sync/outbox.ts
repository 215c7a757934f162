import { newId } from '@groundwork/core';
import { signal } from '@preact/signals';
import { localDb, type OutboxItem } from '../local/db.ts';

/** Commands not yet accepted by the server, in the order they were made; screens show them. */
export const outboxItems = signal<OutboxItem[]>([]);

const listeners = new Set<() => void>();

/** Called after every change to the outbox; the sync engine listens to push soon after. */
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function refreshOutbox(): Promise<OutboxItem[]> {
  const items = await (await localDb()).getAll('outbox');
  outboxItems.value = items;
  return items;
}

async function changed(): Promise<void> {
  await refreshOutbox();
  for (const listener of listeners) listener();
}

/**
 * Writes a command to the outbox before anything else happens, in one IndexedDB transaction: once this
 * resolves the command survives a closed tab, a restart or a dropped connection. Its id makes the
 * server apply it once however many times it is sent.
 */
export async function enqueue(
  type: string,
  payload: Record<string, unknown>,
  groupId?: string,
): Promise<OutboxItem> {
  const item: OutboxItem = {
    id: newId(),
    type,
    at: new Date().toISOString(),
    payload,
    status: 'pending',
    attempts: 0,
    ...(groupId ? { groupId } : {}),
  };
  const seq = await (await localDb()).add('outbox', item);
  await changed();
  return { ...item, seq };
}

/** A refused command, corrected by the user: sent again under a new id, in its old place in the order. */
export async function resubmit(seq: number, payload: Record<string, unknown>): Promise<void> {
  const db = await localDb();
  const item = await db.get('outbox', seq);
  if (!item) return;
  const { error: _error, ...rest } = item;
  await db.put('outbox', { ...rest, id: newId(), payload, status: 'pending', attempts: 0 });
  await changed();
}

export async function discard(seq: number): Promise<void> {
  await (await localDb()).delete('outbox', seq);
  await changed();
}

export const pendingCount = (items: OutboxItem[]) => items.filter((i) => i.status === 'pending').length;

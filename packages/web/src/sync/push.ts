import { maxPushBatch } from '@groundwork/core';
import { api, type Problem } from '../api/client.ts';
import { localDb, type OutboxItem } from '../local/db.ts';
import { refreshOutbox } from './outbox.ts';

interface PushResult {
  id: string;
  status: 'applied' | 'duplicate' | 'rejected';
  error?: Problem;
}

/** Commands sent per request: small enough for a slow line, and never more than the server takes. */
export const pushBatchSize = Math.min(50, maxPushBatch);

/**
 * Sends the pending commands in the order they were made, a batch at a time, until none is left. An
 * accepted command (applied, or a duplicate of one already applied) leaves the outbox; a refused one stays,
 * marked with the server's reason, until fixed or discarded. A failure (no network, server error) throws
 * and leaves every unanswered command pending: sent again, the server recognises it by its id.
 */
export async function pushOutbox(deviceId: string, batchSize = pushBatchSize): Promise<number> {
  let sent = 0;
  for (;;) {
    const db = await localDb();
    const batch = (await db.getAll('outbox')).filter((i) => i.status === 'pending').slice(0, batchSize);
    if (batch.length === 0) return sent;
    const answer = await api<{ results: PushResult[] }>('/api/sync/push', {
      method: 'POST',
      body: {
        deviceId,
        commands: batch.map((i) => ({ id: i.id, type: i.type, at: i.at, payload: i.payload })),
      },
    });
    const settled = await settle(batch, answer.results);
    await refreshOutbox();
    if (settled === 0) throw new Error('The server answered none of the commands sent.');
    sent += settled;
  }
}

/** Records the answers; a command changed meanwhile (resubmitted under a new id, discarded) is left alone. */
async function settle(batch: readonly OutboxItem[], results: readonly PushResult[]): Promise<number> {
  let settled = 0;
  const byId = new Map(results.map((r) => [r.id, r]));
  const tx = (await localDb()).transaction('outbox', 'readwrite');
  for (const item of batch) {
    const result = byId.get(item.id);
    const current = item.seq === undefined ? undefined : await tx.store.get(item.seq);
    if (!current || current.id !== item.id || current.status !== 'pending') continue;
    if (!result) continue;
    settled++;
    if (result.status === 'rejected') {
      const problem = result.error;
      await tx.store.put({
        ...current,
        status: 'rejected',
        attempts: current.attempts + 1,
        error: {
          code: problem?.code ?? 'sync.rejected',
          detail: problem?.detail ?? '',
          ...(problem?.field ? { field: problem.field } : {}),
        },
      });
    } else {
      await tx.store.delete(current.seq!);
    }
  }
  await tx.done;
  return settled;
}

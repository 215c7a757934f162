import { ApiError, NetworkError } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import { localDb } from '../local/db.ts';
import { session } from '../session/session.ts';
import { retryDelay } from './backoff.ts';
import { onOutboxChange, refreshOutbox } from './outbox.ts';
import { pullChanges, refreshFinance } from './pull.ts';
import { pushOutbox } from './push.ts';
import { lastError, lastSyncAt, localRevision, online, syncing } from './status.ts';

export { lastError, lastSyncAt, localRevision, online, pending, rejected, syncing } from './status.ts';

/** A change made on the phone goes out this long after the last one, so a burst of taps is one request. */
export const pushDebounceMs = 1_500;
/** With nothing happening, the phone still asks the server what is new this often. */
export const syncIntervalMs = 5 * 60_000;

let running: Promise<void> | undefined;
let again = false;
let failures = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let debounceTimer: ReturnType<typeof setTimeout> | undefined;
let intervalTimer: ReturnType<typeof setInterval> | undefined;
let stopListening: (() => void) | undefined;
let started = false;

const goneOnline = () => {
  online.value = true;
  failures = 0;
  void syncNow();
};
const goneOffline = () => {
  online.value = false;
};

/**
 * Pushes the outbox, then pulls what changed and the books it moved. Single-flight: asked while a sync
 * runs, it runs once more after it rather than alongside it, and both callers wait for the end.
 */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await syncOnce();
    } while (again && started);
  })().finally(() => {
    running = undefined;
  });
  return running;
}

async function syncOnce(): Promise<void> {
  const current = session.value;
  if (!current) return;
  clearTimeout(retryTimer);
  retryTimer = undefined;
  syncing.value = true;
  try {
    await pushOutbox(current.deviceId);
    const pulled = await pullChanges();
    const fetched = await refreshFinance();
    if (pulled > 0 || fetched) localRevision.value++;
    const at = new Date().toISOString();
    await (await localDb()).put('meta', at, 'lastSyncAt');
    lastSyncAt.value = at;
    lastError.value = undefined;
    online.value = true;
    failures = 0;
  } catch (error) {
    failures++;
    lastError.value = describe(error);
    if (error instanceof NetworkError) online.value = false;
    if (started) retryTimer = setTimeout(() => void syncNow(), retryDelay(failures));
  } finally {
    syncing.value = false;
  }
}

function describe(error: unknown): string {
  if (error instanceof NetworkError) return t('error.network');
  if (error instanceof ApiError)
    return error.problem.detail || t('error.server', { status: error.problem.status });
  return error instanceof Error ? error.message : String(error);
}

/**
 * Starts syncing for the signed-in user: now, soon after every change to the outbox, when the network
 * comes back, and every few minutes. Restores the last sync time and the outbox from IndexedDB first.
 */
export async function startSync(): Promise<void> {
  if (started) return;
  started = true;
  const db = await localDb();
  lastSyncAt.value = (await db.get('meta', 'lastSyncAt')) as string | undefined;
  await refreshOutbox();
  const unsubscribe = onOutboxChange(() => {
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(() => void syncNow(), pushDebounceMs);
  });
  if (typeof window !== 'undefined') {
    window.addEventListener('online', goneOnline);
    window.addEventListener('offline', goneOffline);
  }
  intervalTimer = setInterval(() => {
    if (!retryTimer) void syncNow();
  }, syncIntervalMs);
  stopListening = () => {
    unsubscribe();
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', goneOnline);
      window.removeEventListener('offline', goneOffline);
    }
  };
  void syncNow();
}

/** Stops every timer and listener (sign-out); a sync in flight finishes but schedules nothing more. */
export async function stopSync(): Promise<void> {
  started = false;
  stopListening?.();
  stopListening = undefined;
  clearTimeout(retryTimer);
  clearTimeout(debounceTimer);
  clearInterval(intervalTimer);
  retryTimer = debounceTimer = intervalTimer = undefined;
  failures = 0;
  await running;
  lastSyncAt.value = undefined;
  lastError.value = undefined;
}

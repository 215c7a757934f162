import { computed, signal } from '@preact/signals';
import { outboxItems, pendingCount } from './outbox.ts';

/** What the status bar shows; the engine keeps these up to date. */
export const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
export const syncing = signal(false);
/** When the last sync finished without error (ISO instant), kept across restarts. */
export const lastSyncAt = signal<string | undefined>(undefined);
/** Why the last sync failed, in the reader's language when the server said; cleared by the next success. */
export const lastError = signal<string | undefined>(undefined);
/** Bumped whenever pulled records or books are written, so screens reading IndexedDB read again. */
export const localRevision = signal(0);

export const pending = computed(() => pendingCount(outboxItems.value));
export const rejected = computed(() => outboxItems.value.filter((i) => i.status === 'rejected').length);

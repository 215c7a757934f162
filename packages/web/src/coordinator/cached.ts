import { NetworkError } from '../api/client.ts';
import { localDb } from '../local/db.ts';

/** What a coordinator screen shows: the server's answer now, or the last copy kept with its date. */
export interface Loaded<T> {
  data: T;
  /** When the server gave this copy (ISO). */
  savedAt: string;
  /** False when the network failed and this is the copy kept from before. */
  fresh: boolean;
}

interface Kept<T> {
  data: T;
  savedAt: string;
}

/** Raised when there is no network and no copy was ever kept. */
export class NeedsConnection extends Error {}

const keyOf = (what: string) => `coordinator:${what}`;

/**
 * Asks the server and keeps the answer in IndexedDB `meta`; offline, answers the copy kept last time.
 * Any other refusal (access, a bad request) is the caller's to show.
 */
export async function loadCached<T>(
  what: string,
  fetchIt: () => Promise<T>,
  now = () => new Date(),
): Promise<Loaded<T>> {
  try {
    const data = await fetchIt();
    const savedAt = now().toISOString();
    await (await localDb()).put('meta', { data, savedAt } satisfies Kept<T>, keyOf(what));
    return { data, savedAt, fresh: true };
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    const kept = (await (await localDb()).get('meta', keyOf(what))) as Kept<T> | undefined;
    if (!kept) throw new NeedsConnection();
    return { ...kept, fresh: false };
  }
}

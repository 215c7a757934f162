import { ApiError, api } from '../api/client.ts';
import { applyChanges, type PulledChange, type StaleFinance } from '../local/apply.ts';
import { localDb } from '../local/db.ts';
import { type GroupFinance, saveFinance } from '../local/finance.ts';

interface PullPage {
  changes: PulledChange[];
  nextCursor: string;
  hasMore: boolean;
}

/** Changes asked for per page. */
export const pullPageSize = 1000;
/** Groups named per finance request (the server takes up to 500). */
const financeBatch = 200;

/**
 * Brings the device up to date, a page at a time, each page written with its cursor in one transaction.
 * With no cursor yet, it asks for the compact first sync: each record once, as it stands.
 * Returns how many changes were applied.
 */
export async function pullChanges(limit = pullPageSize): Promise<number> {
  const db = await localDb();
  const cursor = (await db.get('meta', 'syncCursor')) as string | undefined;
  let url =
    cursor === undefined
      ? `/api/sync/pull?since=0&compact=true&limit=${limit}`
      : `/api/sync/pull?since=${cursor}&limit=${limit}`;
  let applied = 0;
  for (;;) {
    const page = await api<PullPage>(url);
    await applyChanges(db, page.changes, page.nextCursor, {
      firstSync: cursor === undefined && applied === 0,
    });
    applied += page.changes.length;
    if (!page.hasMore) return applied;
    url = `/api/sync/pull?since=${page.nextCursor}&limit=${limit}`;
  }
}

/**
 * Fetches the books of the groups the pulls marked stale (all of them after a first sync) and keeps them.
 * Returns whether anything was fetched. A group that left the user's scope makes the server refuse the
 * list; then every group is fetched afresh, which also forgets the one that went.
 */
export async function refreshFinance(): Promise<boolean> {
  const db = await localDb();
  const stale = (await db.get('meta', 'financeStale')) as StaleFinance | undefined;
  if (!stale || stale.length === 0) return false;
  if (stale === 'all') {
    await fetchAll();
  } else {
    try {
      for (let i = 0; i < stale.length; i += financeBatch) {
        const ids = stale.slice(i, i + financeBatch);
        const { items } = await api<{ items: GroupFinance[] }>(`/api/sync/finance?groupIds=${ids.join(',')}`);
        await saveFinance(db, items, false);
      }
    } catch (error) {
      if (!(error instanceof ApiError) || error.problem.status !== 404) throw error;
      await fetchAll();
    }
  }
  await clearStale(stale);
  return true;
}

async function fetchAll(): Promise<void> {
  const { items } = await api<{ items: GroupFinance[] }>('/api/sync/finance');
  await saveFinance(await localDb(), items, true);
}

/** Forgets the groups just fetched, keeping any a pull marked in between. */
async function clearStale(done: StaleFinance): Promise<void> {
  const tx = (await localDb()).transaction('meta', 'readwrite');
  const now = (await tx.store.get('financeStale')) as StaleFinance | undefined;
  const left =
    done === 'all' || now === undefined || now === 'all' ? [] : now.filter((id) => !done.includes(id));
  if (done !== 'all' && now === 'all') await tx.store.put('all', 'financeStale');
  else if (left.length > 0) await tx.store.put(left, 'financeStale');
  else await tx.store.delete('financeStale');
  await tx.done;
}

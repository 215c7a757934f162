import { type EntityStore, entityStores, type LocalDb, type StoredEntity } from './db.ts';

/** A change as `GET /api/sync/pull` sends it. */
export interface PulledChange {
  seq: number;
  entity: string;
  id: string;
  op: string;
  commandId: string;
  data: Record<string, unknown>;
}

/** Groups whose books must be fetched again: some, or all of them (a first sync). */
export type StaleFinance = string[] | 'all';

/** Changes to these move a group's money or its next meeting, so its finance is fetched again after them. */
const financeEntities = new Set([
  'group',
  'meeting',
  'loan',
  'fin_entry',
  'bank_account',
  'savings_cycle',
  'share_out',
]);

const known = new Set<string>(entityStores);

function groupIdOf(store: EntityStore, id: string, data: Record<string, unknown>): string | undefined {
  if (store === 'group') return id;
  return typeof data.groupId === 'string' ? data.groupId : undefined;
}

/**
 * Writes a page of pulled changes and the cursor after them in ONE transaction, so that a crash leaves
 * either both or neither: a page is never skipped nor applied twice. Create puts the record, update
 * merges into what is kept, delete removes it. The groups whose finance they touch are added to the
 * `financeStale` list in the same transaction, so a refresh interrupted by a crash is not forgotten.
 */
export async function applyChanges(
  db: LocalDb,
  changes: readonly PulledChange[],
  cursor: string,
  options: { firstSync?: boolean } = {},
): Promise<void> {
  const tx = db.transaction(['entities', 'meta'], 'readwrite');
  const entities = tx.objectStore('entities');
  const meta = tx.objectStore('meta');
  const stale = new Set<string>();
  for (const change of changes) {
    if (!known.has(change.entity)) continue;
    const store = change.entity as EntityStore;
    const before = change.op === 'create' ? undefined : await entities.get([store, change.id]);
    let groupId = before?.groupId;
    if (change.op === 'delete') {
      await entities.delete([store, change.id]);
    } else {
      const data = { ...before?.data, ...change.data, id: change.id };
      groupId = groupIdOf(store, change.id, data) ?? groupId;
      const record: StoredEntity = { store, id: change.id, data, ...(groupId ? { groupId } : {}) };
      await entities.put(record);
    }
    if (groupId && financeEntities.has(store)) stale.add(groupId);
  }
  const previous = (await meta.get('financeStale')) as StaleFinance | undefined;
  if (options.firstSync || previous === 'all') await meta.put('all', 'financeStale');
  else if (stale.size > 0) await meta.put([...new Set([...(previous ?? []), ...stale])], 'financeStale');
  await meta.put(cursor, 'syncCursor');
  await tx.done;
}

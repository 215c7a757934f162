import { outreachEntities } from '@groundwork/core';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { GroupFinance } from './finance.ts';

/** A command waiting to reach the server, or one the server refused (kept until fixed or discarded). */
export interface OutboxItem {
  /** Order of creation: the outbox is pushed in this order. */
  seq?: number;
  id: string;
  type: string;
  at: string;
  payload: Record<string, unknown>;
  status: 'pending' | 'rejected';
  attempts: number;
  /** The server's reason, in the reader's language, when it refused the command. */
  error?: { code: string; detail: string; field?: string };
  /** The group the command is about, when there is one: its screens show the pending change. */
  groupId?: string;
}

export type Entity = Record<string, unknown> & { id: string };

/** One entity as kept locally: the store it belongs to, its group (for per-group lookups) and its data. */
export interface StoredEntity {
  store: EntityStore;
  id: string;
  groupId?: string;
  data: Entity;
}

/** Entities the server's change feed carries; each is kept as the server last described it. */
export const entityStores = [
  'organisation',
  'area',
  'person',
  'household',
  'group',
  'membership',
  'office_term',
  'meeting',
  'loan',
  'fin_entry',
  'bank_account',
  'savings_cycle',
  'share_out',
  'network',
  ...outreachEntities,
] as const;
export type EntityStore = (typeof entityStores)[number];

interface LocalSchema extends DBSchema {
  meta: { key: string; value: unknown };
  outbox: { key: number; value: OutboxItem; indexes: { byId: string } };
  /** Each group's money as the server last computed it (balances, open loans with their schedules). */
  group_finance: { key: string; value: GroupFinance };
  entities: {
    key: [EntityStore, string];
    value: StoredEntity;
    indexes: { byStore: EntityStore; byGroup: [EntityStore, string] };
  };
}

export type LocalDb = IDBPDatabase<LocalSchema>;

let opened: Promise<LocalDb> | undefined;

/** The one IndexedDB database of the app: everything the user can see offline, and the outbox. */
export function localDb(name = 'groundwork'): Promise<LocalDb> {
  opened ??= openDB<LocalSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('meta');
      const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
      outbox.createIndex('byId', 'id', { unique: true });
      db.createObjectStore('group_finance', { keyPath: 'groupId' });
      const entities = db.createObjectStore('entities', { keyPath: ['store', 'id'] });
      entities.createIndex('byStore', 'store');
      entities.createIndex('byGroup', ['store', 'groupId']);
    },
  });
  return opened;
}

/** Closes and forgets the database (sign-out wipes it; tests open a fresh one). */
export async function closeLocalDb(): Promise<void> {
  if (!opened) return;
  (await opened).close();
  opened = undefined;
}

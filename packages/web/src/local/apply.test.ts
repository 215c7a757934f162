import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyChanges, type PulledChange } from './apply.ts';
import { closeLocalDb, localDb } from './db.ts';
import { type GroupFinance, saveFinance } from './finance.ts';

let seq = 0;
const change = (entity: string, id: string, op: string, data: Record<string, unknown>): PulledChange => ({
  seq: ++seq,
  entity,
  id,
  op,
  commandId: `c${seq}`,
  data,
});

beforeEach(async () => {
  await closeLocalDb();
  globalThis.indexedDB = new IDBFactory();
});

describe('writing pulled changes', () => {
  it('puts a create, merges an update, removes a delete, and keeps each record’s group', async () => {
    const db = await localDb();
    await applyChanges(
      db,
      [
        change('group', 'g1', 'create', { id: 'g1', name: 'Sakhi', cadence: 'weekly' }),
        change('meeting', 'm1', 'create', { id: 'm1', groupId: 'g1', heldOn: '2026-11-02', status: 'open' }),
        change('person', 'p1', 'create', { id: 'p1', givenName: 'Lata' }),
        change('household', 'h1', 'create', { id: 'h1', name: 'Home' }),
      ],
      '4',
    );
    await applyChanges(
      db,
      [
        change('meeting', 'm1', 'update', { id: 'm1', status: 'closed' }),
        change('group', 'g1', 'update', { id: 'g1', name: 'Sakhi Gat' }),
        change('household', 'h1', 'delete', {}),
        change('unheard_of', 'x1', 'create', { id: 'x1' }),
      ],
      '8',
    );
    expect(await db.get('entities', ['meeting', 'm1'])).toEqual({
      store: 'meeting',
      id: 'm1',
      groupId: 'g1',
      data: { id: 'm1', groupId: 'g1', heldOn: '2026-11-02', status: 'closed' },
    });
    expect(await db.get('entities', ['group', 'g1'])).toMatchObject({
      groupId: 'g1',
      data: { name: 'Sakhi Gat', cadence: 'weekly' },
    });
    expect((await db.get('entities', ['person', 'p1']))?.groupId).toBeUndefined();
    expect(await db.get('entities', ['household', 'h1'])).toBeUndefined();
    expect(await db.getAllFromIndex('entities', 'byGroup', ['meeting', 'g1'])).toHaveLength(1);
    expect(await db.get('meta', 'syncCursor')).toBe('8');
  });

  it('marks the groups whose books moved, and all of them on a first sync', async () => {
    const db = await localDb();
    await applyChanges(db, [change('person', 'p1', 'create', { id: 'p1' })], '1', { firstSync: true });
    expect(await db.get('meta', 'financeStale')).toBe('all');
    await db.delete('meta', 'financeStale');
    await applyChanges(
      db,
      [
        change('loan', 'l1', 'create', { id: 'l1', groupId: 'g1' }),
        change('membership', 's1', 'create', { id: 's1', groupId: 'g2' }),
      ],
      '3',
    );
    await applyChanges(db, [change('loan', 'l1', 'update', { id: 'l1', status: 'repaid' })], '4');
    await applyChanges(db, [change('group', 'g3', 'update', { id: 'g3', name: 'Renamed' })], '5');
    expect(await db.get('meta', 'financeStale')).toEqual(['g1', 'g3']);
  });

  it('writes nothing of a page, cursor included, when the transaction fails', async () => {
    const db = await localDb();
    await applyChanges(db, [change('person', 'p1', 'create', { id: 'p1', givenName: 'Lata' })], '1');
    const broken = change('person', 'p2', 'create', { id: 'p2', givenName: 'Asha' });
    (broken.data as Record<string, unknown>).photo = () => undefined;
    await expect(applyChanges(db, [broken], '2')).rejects.toThrow();
    expect(await db.get('meta', 'syncCursor')).toBe('1');
    expect(await db.get('entities', ['person', 'p2'])).toBeUndefined();
  });

  it('replaces every group’s books with a full snapshot, and only the named ones with a partial one', async () => {
    const db = await localDb();
    const books = (groupId: string, cash: number) => ({ groupId, cash }) as unknown as GroupFinance;
    await saveFinance(db, [books('g1', 1), books('g2', 2)], true);
    await saveFinance(db, [books('g2', 20)], false);
    expect((await db.getAll('group_finance')).map((f) => [f.groupId, f.cash])).toEqual([
      ['g1', 1],
      ['g2', 20],
    ]);
    await saveFinance(db, [books('g3', 3)], true);
    expect((await db.getAll('group_finance')).map((f) => f.groupId)).toEqual(['g3']);
  });
});

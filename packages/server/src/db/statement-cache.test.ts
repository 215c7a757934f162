import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './database.ts';

function fixture(capacity?: number) {
  const sqlite = new SqliteDatabase(':memory:');
  sqlite.exec('CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2), (3)');
  return { sqlite, cache: withStatementCache(sqlite, capacity) };
}

describe('the SQLite statement cache', () => {
  it('prepares the same SQL once', () => {
    const { cache } = fixture();
    const first = cache.prepare('SELECT a FROM t ORDER BY a');
    expect(cache.prepare('SELECT a FROM t ORDER BY a')).toBe(first);
    expect(cache.prepare('SELECT a FROM t WHERE a = ?')).not.toBe(first);
  });

  it('gives a fresh statement while the cached one is still being iterated', () => {
    const { cache } = fixture();
    const streaming = cache.prepare('SELECT a FROM t ORDER BY a');
    const rows = streaming.iterate([]);
    expect(rows.next().value).toEqual({ a: 1 });
    const meanwhile = cache.prepare('SELECT a FROM t ORDER BY a');
    expect(meanwhile).not.toBe(streaming);
    expect(meanwhile.all([])).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
    expect([...rows]).toEqual([{ a: 2 }, { a: 3 }]);
  });

  it('keeps no more than its capacity and still answers correctly for what it dropped', () => {
    const { cache } = fixture(2);
    const a = cache.prepare('SELECT 1 AS n');
    cache.prepare('SELECT 2 AS n');
    cache.prepare('SELECT 3 AS n');
    const again = cache.prepare('SELECT 1 AS n');
    expect(again).not.toBe(a);
    expect(again.all([])).toEqual([{ n: 1 }]);
  });

  it('follows a schema change made after a statement was cached', () => {
    const { sqlite, cache } = fixture();
    expect(cache.prepare('SELECT * FROM t WHERE a = ?').all([1])).toEqual([{ a: 1 }]);
    sqlite.exec("ALTER TABLE t ADD COLUMN b TEXT DEFAULT 'x'");
    expect(cache.prepare('SELECT * FROM t WHERE a = ?').all([1])).toEqual([{ a: 1, b: 'x' }]);
  });
});

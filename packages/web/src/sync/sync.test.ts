import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeLocalDb, localDb } from '../local/db.ts';
import { type Session, session } from '../session/session.ts';
import { maxRetryMs, retryDelay } from './backoff.ts';
import { syncNow } from './engine.ts';
import { enqueue, outboxItems } from './outbox.ts';
import { lastError, lastSyncAt, online, pending, rejected } from './status.ts';

interface Command {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

/** A server in memory: applies each command id once, refuses the ones told to, and serves a feed. */
class FakeServer {
  applied = new Map<string, Command>();
  batches: string[][] = [];
  urls: string[] = [];
  refuse = new Set<string>();
  /** The next requests fail this way: no network, or a 503. */
  failures: ('network' | 'after-apply' | 503)[] = [];
  feed: { seq: number; entity: string; id: string; op: string; data: Record<string, unknown> }[] = [];
  pageSize = 2;
  inFlight = 0;
  maxInFlight = 0;

  fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    this.urls.push(url);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise((r) => setTimeout(r, 1));
      const failure = this.failures.shift();
      if (failure === 'network') throw new TypeError('Failed to fetch');
      if (failure === 503) return json({ status: 503, code: 'http.unavailable', detail: 'Down' }, 503);
      if (url === '/api/sync/push') {
        const body = JSON.parse(String(init?.body)) as { commands: Command[] };
        this.batches.push(body.commands.map((c) => String(c.payload.name)));
        const results = body.commands.map((c) => {
          if (this.refuse.has(String(c.payload.name)))
            return {
              id: c.id,
              status: 'rejected',
              error: {
                status: 409,
                code: 'person.probable_duplicate',
                detail: 'Already there',
                field: 'givenName',
              },
            };
          const status = this.applied.has(c.id) ? 'duplicate' : 'applied';
          this.applied.set(c.id, c);
          return { id: c.id, status };
        });
        if (failure === 'after-apply') throw new TypeError('Connection reset');
        return json({ results });
      }
      if (url.startsWith('/api/sync/pull')) {
        const query = new URL(url, 'http://x').searchParams;
        const since = Number(query.get('since'));
        const later = this.feed.filter((c) => c.seq > since);
        const changes = later.slice(0, this.pageSize);
        const last = changes.at(-1);
        return json({
          changes: changes.map((c) => ({ ...c, commandId: `c${c.seq}` })),
          nextCursor: String(last ? last.seq : since),
          hasMore: later.length > changes.length,
        });
      }
      if (url.startsWith('/api/sync/finance')) {
        const ids = new URL(url, 'http://x').searchParams.get('groupIds')?.split(',') ?? ['g1', 'g2'];
        return json({ items: ids.map((groupId) => ({ groupId, cash: this.feed.length })) });
      }
      return json({ status: 404, code: 'resource.not_found', detail: 'No' }, 404);
    } finally {
      this.inFlight--;
    }
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

let server: FakeServer;
const person = (name: string) => enqueue('person.create', { name });

beforeEach(async () => {
  await closeLocalDb();
  globalThis.indexedDB = new IDBFactory();
  server = new FakeServer();
  vi.stubGlobal('fetch', server.fetch);
  session.value = { deviceId: 'phone-1', token: 'token' } as Session;
});
afterEach(() => {
  vi.unstubAllGlobals();
  session.value = undefined;
});

describe('pushing the outbox', () => {
  it('sends the commands in the order they were made and empties the outbox', async () => {
    for (const name of ['a', 'b', 'c']) await person(name);
    expect(pending.value).toBe(3);
    await syncNow();
    expect(server.batches.flat()).toEqual(['a', 'b', 'c']);
    expect(outboxItems.value).toEqual([]);
    expect(lastSyncAt.value).toBeDefined();
  });

  it('keeps a refused command with the server’s reason, and sends the others', async () => {
    server.refuse.add('b');
    for (const name of ['a', 'b', 'c']) await person(name);
    await syncNow();
    expect(outboxItems.value).toHaveLength(1);
    expect(outboxItems.value[0]).toMatchObject({
      status: 'rejected',
      payload: { name: 'b' },
      error: { code: 'person.probable_duplicate', detail: 'Already there', field: 'givenName' },
    });
    expect(rejected.value).toBe(1);
    expect(pending.value).toBe(0);
    await syncNow();
    expect(server.batches.flat()).toEqual(['a', 'b', 'c']);
  });

  it('keeps everything when the network fails, and sends the same commands again later', async () => {
    await person('a');
    server.failures.push('network');
    await syncNow();
    expect(online.value).toBe(false);
    expect(lastError.value).toBeDefined();
    expect(pending.value).toBe(1);
    server.failures.push(503);
    await syncNow();
    expect(lastError.value).toBe('Down');
    expect(pending.value).toBe(1);
    await syncNow();
    expect(online.value).toBe(true);
    expect(lastError.value).toBeUndefined();
    expect(server.applied.size).toBe(1);
    expect(outboxItems.value).toEqual([]);
  });

  it('resends a push cut off after the server applied it, under the same ids, and the server takes it once', async () => {
    for (const name of ['a', 'b']) await person(name);
    const ids = outboxItems.value.map((i) => i.id);
    server.failures.push('after-apply');
    await syncNow();
    expect(pending.value).toBe(2);
    await syncNow();
    expect([...server.applied.keys()]).toEqual(ids);
    expect(server.batches).toEqual([
      ['a', 'b'],
      ['a', 'b'],
    ]);
    expect(outboxItems.value).toEqual([]);
  });

  it('never runs two syncs at once, however often it is asked', async () => {
    for (const name of ['a', 'b']) await person(name);
    await Promise.all([syncNow(), syncNow(), syncNow()]);
    expect(server.maxInFlight).toBe(1);
    expect(server.applied.size).toBe(2);
  });
});

describe('pulling', () => {
  const feed = (n: number, from = 1) =>
    Array.from({ length: n }, (_, i) => ({
      seq: from + i,
      entity: 'meeting',
      id: `m${from + i}`,
      op: 'create',
      data: { id: `m${from + i}`, groupId: 'g1', heldOn: '2026-11-02' },
    }));

  it('asks for the compact first sync, pages by cursor, and then asks only for what is new', async () => {
    server.feed = feed(5);
    await syncNow();
    const db = await localDb();
    expect(await db.get('meta', 'syncCursor')).toBe('5');
    expect(await db.count('entities')).toBe(5);
    const pulls = server.urls.filter((u) => u.startsWith('/api/sync/pull'));
    expect(pulls[0]).toContain('since=0&compact=true');
    expect(pulls.slice(1).map((u) => new URL(u, 'http://x').searchParams.get('since'))).toEqual(['2', '4']);
    // A first sync fetches every group's books.
    expect(server.urls).toContain('/api/sync/finance');
    expect((await db.getAll('group_finance')).map((f) => f.groupId)).toEqual(['g1', 'g2']);

    server.urls = [];
    server.feed.push(...feed(1, 6));
    await syncNow();
    expect(server.urls.filter((u) => u.startsWith('/api/sync/pull'))).toEqual([
      '/api/sync/pull?since=5&limit=1000',
    ]);
    expect(server.urls).toContain('/api/sync/finance?groupIds=g1');
    expect(await db.count('entities')).toBe(6);
  });

  it('resumes from the last page written when the connection drops half-way', async () => {
    server.feed = feed(5);
    server.failures.push(...([undefined, undefined, 'network'] as never[]));
    await syncNow();
    const db = await localDb();
    expect(await db.get('meta', 'syncCursor')).toBe('4');
    expect(await db.get('meta', 'financeStale')).toBe('all');
    server.urls = [];
    await syncNow();
    const since = server.urls
      .filter((u) => u.startsWith('/api/sync/pull'))
      .map((u) => new URL(u, 'http://x').searchParams.get('since'));
    expect(since).toEqual(['4']);
    expect(await db.count('entities')).toBe(5);
    expect(server.urls).toContain('/api/sync/finance');
    expect(await db.get('meta', 'financeStale')).toBeUndefined();
  });
});

describe('waiting before a retry', () => {
  it('doubles the wait after each failure, up to a cap, with jitter', () => {
    const low = () => 0;
    const high = () => 0.999999;
    const ceilings = [1, 2, 3, 4, 5].map((n) => retryDelay(n, high));
    expect(ceilings).toEqual([...ceilings].sort((a, b) => a - b));
    expect(retryDelay(2, high)).toBeCloseTo(2 * retryDelay(1, high), -1);
    expect(retryDelay(1, low)).toBe(retryDelay(1, high) / 2);
    expect(retryDelay(50, high)).toBeLessThanOrEqual(maxRetryMs);
    expect(retryDelay(50, low)).toBe(maxRetryMs / 2);
    const spread = new Set(Array.from({ length: 20 }, () => retryDelay(3)));
    expect(spread.size).toBeGreaterThan(1);
  });
});

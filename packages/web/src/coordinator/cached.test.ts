import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../api/client.ts';
import { closeLocalDb, localDb } from '../local/db.ts';
import { loadCached, NeedsConnection } from './cached.ts';

const offline = () => Promise.reject(new NetworkError('offline'));

describe('loadCached', () => {
  afterEach(async () => {
    await (await localDb()).clear('meta');
    await closeLocalDb();
  });

  it('keeps the answer, and gives it back with its date when offline', async () => {
    const at = () => new Date('2025-03-01T10:00:00Z');
    const fresh = await loadCached('summary', async () => ({ n: 1 }), at);
    expect(fresh).toEqual({ data: { n: 1 }, savedAt: '2025-03-01T10:00:00.000Z', fresh: true });
    expect(await (await localDb()).get('meta', 'coordinator:summary')).toMatchObject({ data: { n: 1 } });
    const kept = await loadCached('summary', offline);
    expect(kept).toEqual({ data: { n: 1 }, savedAt: '2025-03-01T10:00:00.000Z', fresh: false });
  });

  it('needs a connection when nothing was kept', async () => {
    await expect(loadCached('people', offline)).rejects.toBeInstanceOf(NeedsConnection);
  });

  it('passes a refusal on rather than hiding it behind an old copy', async () => {
    await loadCached('users', async () => [1]);
    const refused = new ApiError({ status: 403, code: 'access.denied', detail: 'no' });
    await expect(loadCached('users', () => Promise.reject(refused))).rejects.toBe(refused);
  });
});

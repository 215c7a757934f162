import { gunzipSync } from 'node:zlib';
import { newId } from '@groundwork/core';
import { systemActor } from '../access/system.ts';
import { applyCommands } from '../commands/apply.ts';
import { loadConfig } from '../config.ts';
import { type LearnScale, learnOrganisation, loadLearn } from '../demo/learn.ts';
import { buildApp } from '../http/app.ts';
import type { BenchDatabaseKind } from './databases.ts';
import { log, type RssPeak } from './stats.ts';

/** A field worker's caseload: 40 groups of about 17 women who have met every week for the last two years. */
export function initialSyncScale(now = new Date()): LearnScale {
  const day = (years: number) =>
    new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate() - 1))
      .toISOString()
      .slice(0, 10);
  return { groups: 40, members: 17, from: day(2), to: day(0) };
}
const target = 2_000_000;
const password = 'initial sync bench passphrase';

interface Measured {
  gzipped: number;
  raw: number;
}

/**
 * How many bytes a phone downloads on its first sync: every page of the compact first pull
 * (`GET /api/sync/pull?since=0&compact=true`, then the cursors it returns) and the
 * finance snapshot of `GET /api/sync/finance`, as the server sends them gzipped, for a field worker whose
 * scope holds the whole generated caseload.
 */
export async function runInitialSync(kind: BenchDatabaseKind, rss: RssPeak, scale = initialSyncScale()) {
  const bench = await kind.open();
  const { database } = bench;
  try {
    log(`initial sync on ${kind.name}: building ${scale.groups} groups from ${scale.from} to ${scale.to}`);
    await loadLearn(database, scale);
    rss.sample();
    const { db } = database;
    const org = await db
      .selectFrom('organisations')
      .select('id')
      .where('slug', '=', learnOrganisation.slug)
      .executeTakeFirstOrThrow();
    const state = await db
      .selectFrom('areas')
      .select('id')
      .where('org_id', '=', org.id)
      .where('kind', '=', 'state')
      .executeTakeFirstOrThrow();
    const username = 'caseload@learn';
    const [created] = await applyCommands(database, {
      actor: systemActor(org.id),
      deviceId: 'bench',
      commands: [
        {
          id: newId(),
          type: 'user.create',
          at: new Date().toISOString(),
          payload: {
            username,
            password,
            role: 'field_worker',
            sensitiveAccess: false,
            scope: { areaIds: [state.id], groupIds: [] },
          },
        },
      ],
    });
    if (created?.status !== 'applied') throw new Error(`bench user refused: ${created?.error?.code}`);
    const config = loadConfig({ GROUNDWORK_DEMO: 'false', LOG_LEVEL: 'silent' });
    const { app } = await buildApp({ database, config, logger: false });
    await app.ready();
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      const token = login.json().token as string;
      const fetchGzipped = async (url: string): Promise<Measured & { body: unknown }> => {
        const res = await app.inject({
          method: 'GET',
          url,
          headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
        });
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
        const wire = res.rawPayload;
        const text = res.headers['content-encoding'] === 'gzip' ? gunzipSync(wire) : wire;
        return { gzipped: wire.length, raw: text.length, body: JSON.parse(text.toString('utf8')) };
      };
      const pullAll = async (first: string) => {
        const total = { gzipped: 0, raw: 0, changes: 0 };
        let url = first;
        for (;;) {
          const page = await fetchGzipped(url);
          const body = page.body as { changes: unknown[]; nextCursor: string; hasMore: boolean };
          total.gzipped += page.gzipped;
          total.raw += page.raw;
          total.changes += body.changes.length;
          if (!body.hasMore) return total;
          url = `/api/sync/pull?since=${body.nextCursor}&limit=2000`;
        }
      };
      const replay = await pullAll('/api/sync/pull?since=0&limit=2000');
      const started = performance.now();
      const pull = await pullAll('/api/sync/pull?since=0&compact=true&limit=2000');
      const finance = await fetchGzipped('/api/sync/finance');
      const gzipped = pull.gzipped + finance.gzipped;
      const seconds = (performance.now() - started) / 1000;
      rss.sample();
      const count = async (table: 'groups' | 'people' | 'meetings') =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('org_id', '=', org.id)
              .executeTakeFirstOrThrow()
          ).n,
        );
      return {
        database: kind.name,
        scale,
        bytesGzipped: gzipped,
        bytesRaw: pull.raw + finance.raw,
        pullBytesGzipped: pull.gzipped,
        financeBytesGzipped: finance.gzipped,
        changes: pull.changes,
        /** The same first pull replaying every change, as `since=0` without `compact` does. */
        replay: { bytesGzipped: replay.gzipped + finance.gzipped, changes: replay.changes },
        groups: await count('groups'),
        members: await count('people'),
        meetings: await count('meetings'),
        seconds: Math.round(seconds * 10) / 10,
        target,
        meetsTarget: gzipped <= target,
      };
    } finally {
      await app.close();
    }
  } finally {
    await bench.dispose();
  }
}

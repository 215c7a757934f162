import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { progressLine } from '../cli/demo.ts';
import { loadConfig } from '../config.ts';
import { type Database, openSqlite } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { type LearnScale, learnScale, loadLearn } from '../demo/learn.ts';
import { demoPassword } from '../demo/load.ts';
import { buildApp } from '../http/app.ts';
import { copyToPostgres } from './copy.ts';
import type { BenchDatabaseKind } from './databases.ts';
import { log, percentile, type RssPeak, round } from './stats.ts';

const targetMs = 200;
/** Bumped when the generator changes what it writes, so that an old cached dataset is built again. */
const datasetVersion = 1;

export interface ReadsConfig {
  scale: LearnScale;
  /** Requests per route, after two unmeasured ones. */
  requests: number;
  /** Where the full dataset is kept between runs; a smaller scale is built afresh in a temporary folder. */
  cacheFile: string;
}

interface Marker {
  version: number;
  scale: LearnScale;
  meetings?: number;
  buildSeconds?: number;
}

/**
 * The learn dataset as a SQLite file: the cached one when it was made by this version at this scale,
 * else built through the commands (about an hour at full scale; progress on stderr).
 */
async function learnFile(config: ReadsConfig): Promise<{ file: string; marker: Marker; dispose(): void }> {
  const full = isDeepStrictEqual(config.scale, learnScale);
  const dir = full ? dirname(resolve(config.cacheFile)) : mkdtempSync(join(tmpdir(), 'groundwork-learn-'));
  const file = full ? resolve(config.cacheFile) : join(dir, 'learn.db');
  const markerFile = `${file}.json`;
  const dispose = () => {
    if (!full) rmSync(dir, { recursive: true, force: true });
  };
  const expected = { version: datasetVersion, scale: config.scale };
  if (full && existsSync(file) && existsSync(markerFile)) {
    const marker = JSON.parse(readFileSync(markerFile, 'utf8')) as Marker;
    if (isDeepStrictEqual({ version: marker.version, scale: marker.scale }, expected)) {
      log(`learn dataset: using ${file}`);
      return { file, marker, dispose };
    }
  }
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  log(
    `learn dataset: building ${config.scale.groups} groups from ${config.scale.from} to ${config.scale.to}`,
  );
  const database = openSqlite(partial);
  const started = performance.now();
  let meetings = 0;
  let printedAt = 0;
  try {
    await migrateToLatest(database.db);
    await loadLearn(database, config.scale, (p) => {
      meetings = p.meetings;
      if (p.elapsedMs - printedAt < 30_000 && p.meetings !== p.totalMeetings) return;
      printedAt = p.elapsedMs;
      log(`learn dataset: ${progressLine(p, 'en')}`);
    });
  } finally {
    await database.close();
  }
  renameSync(partial, file);
  const marker = { ...expected, meetings, buildSeconds: Math.round((performance.now() - started) / 1000) };
  writeFileSync(markerFile, `${JSON.stringify(marker, null, 2)}\n`);
  return { file, marker, dispose };
}

interface Latency {
  requests: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Size of the last answer, to see that it carried the data. */
  bytes: number;
}

/** Times `requests` GETs one after another on a keep-alive connection, after two to warm up. */
async function time(base: string, token: string, urls: (i: number) => string, requests: number) {
  const samples: number[] = [];
  let bytes = 0;
  for (let i = -2; i < requests; i++) {
    const url = urls(Math.max(0, i));
    const started = performance.now();
    const res = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.text();
    const ms = performance.now() - started;
    if (!res.ok) throw new Error(`GET ${url} answered ${res.status}: ${body.slice(0, 300)}`);
    if (i >= 0) samples.push(ms);
    bytes = body.length;
  }
  return {
    requests,
    p50Ms: round(percentile(samples, 0.5)),
    p95Ms: round(percentile(samples, 0.95)),
    maxMs: round(Math.max(...samples)),
    bytes,
  } satisfies Latency;
}

/** The organisation summary and members' passbooks, over HTTP as the admin of the learn organisation. */
async function measure(database: Database, requests: number) {
  const config = loadConfig({ GROUNDWORK_DEMO: 'false', LOG_LEVEL: 'silent' });
  const { app } = await buildApp({ database, config, logger: false });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin@learn', password: demoPassword, deviceId: 'bench' }),
    });
    if (!res.ok) throw new Error(`learn login failed: ${res.status} ${await res.text()}`);
    const { token } = (await res.json()) as { token: string };
    // Members spread over the whole organisation, a different one for each request.
    const members = await database.db
      .selectFrom('memberships')
      .select(['group_id', 'person_id'])
      .orderBy('person_id')
      .execute();
    const step = Math.max(1, Math.floor(members.length / requests));
    const memberAt = (i: number) => members[(i * step) % members.length]!;
    return {
      summary: await time(base, token, () => '/api/finance/summary?months=12', requests),
      passbook: await time(
        base,
        token,
        (i) => `/api/groups/${memberAt(i).group_id}/passbook/${memberAt(i).person_id}`,
        requests,
      ),
    };
  } finally {
    await app.close();
  }
}

/**
 * Read latency on the learn dataset: generated once on SQLite through the commands (and cached), read
 * there, and copied into a fresh PostgreSQL schema to be read there too.
 */
export async function runReads(kinds: BenchDatabaseKind[], config: ReadsConfig, rss: RssPeak) {
  const { file, marker, dispose } = await learnFile(config);
  const results = [];
  try {
    const sqlite = openSqlite(file);
    try {
      await migrateToLatest(sqlite.db);
      const dataset = { ...config.scale, meetings: marker.meetings, buildSeconds: marker.buildSeconds };
      for (const kind of kinds) {
        log(`${kind.name}: reads on the learn dataset, ${config.requests} requests per route`);
        let reads: Awaited<ReturnType<typeof measure>>;
        if (kind.name === 'sqlite') reads = await measure(sqlite, config.requests);
        else {
          const target = await kind.open();
          try {
            const started = performance.now();
            const rows = await copyToPostgres(sqlite.sqlite!, target);
            log(`postgres: copied ${rows} rows in ${Math.round((performance.now() - started) / 1000)} s`);
            reads = await measure(target.database, config.requests);
          } finally {
            await target.dispose();
          }
        }
        rss.sample();
        const result = {
          database: kind.name,
          dataset,
          ...reads,
          target: targetMs,
          meetsTarget: reads.summary.p95Ms <= targetMs && reads.passbook.p95Ms <= targetMs,
        };
        log(
          `${kind.name}: summary p50 ${reads.summary.p50Ms} ms p95 ${reads.summary.p95Ms} ms; passbook p50 ${reads.passbook.p50Ms} ms p95 ${reads.passbook.p95Ms} ms`,
        );
        results.push(result);
      }
    } finally {
      await sqlite.close();
    }
  } finally {
    dispose();
  }
  return results;
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type BenchDatabase, type BenchDatabaseKind, benchDatabaseKinds } from './databases.ts';
import type { Lane, Workload } from './lane.ts';
import { directLane, httpPushLane } from './push.ts';
import { rawLane } from './raw.ts';
import { log, percentile, RssPeak, round } from './stats.ts';

/**
 * `npm run bench`: pushes batches of `person.create` through the real HTTP server and compares the rate
 * with writing the same rows straight into the same kind of database, in the same run. The ways take
 * turns a few batches at a time, so a neighbour's load slows them alike and the ratio stays meaningful
 * on a noisy machine. Prints one JSON document on stdout; progress goes to stderr.
 */
const targetCommandsPerSecond = 5000;
/** Batches each lane runs before the next lane's turn. */
const turn = 10;

function intFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

const workload: Workload = {
  batchSize: intFromEnv('BENCH_BATCH_SIZE', 100),
  batches: Math.max(1, intFromEnv('BENCH_BATCHES', 200)),
  warmupBatches: intFromEnv('BENCH_WARMUP_BATCHES', 10),
};

const laneNames = ['http', 'direct', 'raw'] as const;
type LaneName = (typeof laneNames)[number];

async function runKind(kind: BenchDatabaseKind, rss: RssPeak) {
  log(
    `${kind.name}: ${workload.warmupBatches} warm-up + ${workload.batches} batches of ${workload.batchSize}`,
  );
  // Each lane writes into a fresh database of its own, so all start from empty tables and indexes.
  const opened: BenchDatabase[] = [];
  const open = async () => {
    const bench = await kind.open();
    opened.push(bench);
    return bench;
  };
  const lanes: Partial<Record<LaneName, Lane>> = {};
  const batchMs: Record<LaneName, number[]> = { http: [], direct: [], raw: [] };
  let connections = 0;
  try {
    const http = await httpPushLane(await open(), workload);
    lanes.http = http;
    lanes.direct = await directLane(await open(), workload);
    lanes.raw = await rawLane(await open(), workload);
    const total = workload.warmupBatches + workload.batches;
    for (let first = 0; first < total; first += turn) {
      for (const name of laneNames) {
        for (let index = first; index < Math.min(first + turn, total); index++) {
          const started = performance.now();
          await lanes[name]!.runBatch(index);
          if (index >= workload.warmupBatches) batchMs[name].push(performance.now() - started);
          rss.sample();
        }
      }
    }
    connections = http.connections();
  } finally {
    for (const lane of Object.values(lanes)) await lane.close();
    for (const bench of opened) await bench.dispose();
  }
  const perSecond = (name: LaneName) =>
    (batchMs[name].length * workload.batchSize * 1000) / batchMs[name].reduce((a, b) => a + b, 0);
  const commandsPerSecond = perSecond('http');
  const rawPerSecond = perSecond('raw');
  const result = {
    database: kind.name,
    scenario: `sync.push person.create, ${workload.batchSize} per batch, over HTTP`,
    commands: workload.batches * workload.batchSize,
    commandsPerSecond: Math.round(commandsPerSecond),
    /** People per second written raw: each the same command, person and change rows the command writes. */
    rawPerSecond: Math.round(rawPerSecond),
    rawRowsPerSecond: Math.round(rawPerSecond * 3),
    ratioToRaw: round(commandsPerSecond / rawPerSecond, 3),
    p50Ms: round(percentile(batchMs.http, 0.5)),
    p95Ms: round(percentile(batchMs.http, 0.95)),
    rssMb: rss.megabytes,
    target: targetCommandsPerSecond,
    meetsTarget: commandsPerSecond >= targetCommandsPerSecond,
    /** Where the time goes: the command path in process, without HTTP, and the TCP connections used. */
    breakdown: {
      applyCommandsPerSecond: Math.round(perSecond('direct')),
      applyCommandsP50Ms: round(percentile(batchMs.direct, 0.5)),
      httpShareOfTime: round(1 - commandsPerSecond / perSecond('direct'), 3),
      rawP50Ms: round(percentile(batchMs.raw, 0.5)),
      connections,
    },
  };
  log(
    `${kind.name}: ${result.commandsPerSecond} commands/s, raw ${result.rawPerSecond}/s, ratio ${result.ratioToRaw}`,
  );
  return result;
}

async function main() {
  const rss = new RssPeak();
  const results = [];
  for (const kind of benchDatabaseKinds()) results.push(await runKind(kind, rss));
  const cpuList = cpus();
  const report = {
    machine: {
      cpus: cpuList.length,
      cpuModel: cpuList[0]?.model ?? 'unknown',
      memoryMb: Math.round(totalmem() / 1024 / 1024),
      node: process.version,
      platform: `${platform()}-${process.arch}`,
    },
    date: new Date().toISOString(),
    workload,
    results,
  };
  const json = JSON.stringify(report, null, 2);
  const file = resolve(process.env.BENCH_OUTPUT ?? 'bench-results/latest.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${json}\n`);
  process.stdout.write(`${json}\n`);
  log(`written to ${file}`);
}

await main();

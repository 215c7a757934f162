import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { learnScale, tinyScale } from '../demo/learn.ts';
import { runCoverage } from './coverage.ts';
import { benchDatabaseKinds } from './databases.ts';
import { initialSyncScale, runInitialSync } from './initial-sync.ts';
import type { Workload } from './lane.ts';
import { runMeetings } from './meetings.ts';
import { runPeople } from './people.ts';
import { runReads } from './reads.ts';
import { log, RssPeak } from './stats.ts';
import { runTasks } from './tasks.ts';
import { runWeb } from './web.ts';

/**
 * `npm run bench`, three scenarios on each database:
 * - people: batches of `person.create` through the real HTTP server, beside the same commands in process
 *   and the same rows written raw, in the same run (the lanes take turns, so a neighbour's load slows
 *   them alike and the ratio stays meaningful on a noisy machine);
 * - meetings: the same three ways for `meeting.record` of a 20-member meeting;
 * - reads: the organisation summary and members' passbooks on the five-year learn dataset, which is
 *   generated once through the commands and kept in bench-results/ for the next runs;
 * - initialSync: the bytes of a field worker's first sync (40 groups, two years of meetings), gzipped;
 * - web: the field app in Chromium under Slow 3G and 4× CPU (sign-in screen, opening a meeting) and the
 *   build's first-load size (SQLite only; needs Chromium, see DEVELOPERS.md).
 * A smoke run (`--smoke`, or fewer than 10 measured batches, as CI asks for) keeps every size tiny and
 * reads a dataset of four groups instead, so that it takes seconds but runs every path.
 * BENCH_ONLY=people,meetings,reads,initialSync,web (any of them, comma-separated) runs only those.
 * Prints one JSON document on stdout; progress goes to stderr.
 */
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
const smoke = process.argv.includes('--smoke') || workload.batches < 10;
if (process.argv.includes('--smoke')) Object.assign(workload, { batches: 3, warmupBatches: 1 });

const meetingWorkload: Workload = {
  batchSize: smoke ? 5 : intFromEnv('BENCH_MEETING_BATCH_SIZE', 10),
  batches: smoke ? workload.batches : Math.max(1, intFromEnv('BENCH_MEETING_BATCHES', 200)),
  warmupBatches: workload.warmupBatches,
};
const scenarios = ['people', 'meetings', 'reads', 'initialSync', 'web', 'coverage', 'tasks'];
const only = new Set((process.env.BENCH_ONLY ?? scenarios.join(',')).split(',').map((s) => s.trim()));
for (const name of only) {
  if (!scenarios.includes(name)) throw new Error(`BENCH_ONLY: unknown scenario "${name}"`);
}
const reads = {
  scale: smoke ? tinyScale : learnScale,
  requests: smoke ? 3 : Math.max(1, intFromEnv('BENCH_READ_REQUESTS', 50)),
  cacheFile: resolve(process.env.BENCH_LEARN_DB ?? 'bench-results/learn.db'),
};

const fullSyncScale = initialSyncScale();
/** The smoke run: two groups over their last two months. */
const twoMonthsBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 61 * 86_400_000).toISOString().slice(0, 10);
const syncScale = smoke
  ? { ...fullSyncScale, groups: 2, from: twoMonthsBefore(fullSyncScale.to) }
  : fullSyncScale;

async function main() {
  const rss = new RssPeak();
  const kinds = benchDatabaseKinds();
  const results = [];
  const meetings = [];
  for (const kind of kinds) {
    if (only.has('people')) results.push(await runPeople(kind, workload, rss));
    if (only.has('meetings')) meetings.push(await runMeetings(kind, meetingWorkload, rss));
  }
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
    smoke,
    workload,
    results,
    meetingWorkload,
    meetings,
    reads: only.has('reads') ? await runReads(kinds, reads, rss) : undefined,
    initialSync: only.has('initialSync') ? await runInitialSync(kinds[0]!, rss, syncScale) : undefined,
    web: only.has('web') ? await runWeb(smoke ? 1 : 5) : undefined,
    coverage: only.has('coverage') ? await runCoverage(kinds, smoke, rss) : undefined,
    tasks: only.has('tasks') ? await runTasks(kinds, smoke, rss) : undefined,
  };
  const json = JSON.stringify(report, null, 2);
  const file = resolve(process.env.BENCH_OUTPUT ?? 'bench-results/latest.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${json}\n`);
  process.stdout.write(`${json}\n`);
  log(`written to ${file}`);
}

await main();

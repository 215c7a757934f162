import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import type { CommandEnvelope } from '@groundwork/core';
import { systemActor } from '../access/system.ts';
import { applyCommands } from '../commands/apply.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { buildApp } from '../http/app.ts';
import type { Organisation } from '../orgs/organisations.ts';
import { makeOrg, makeUser, testPassword } from '../testing/harness.ts';
import type { BenchDatabase } from './databases.ts';
import { inProcess, type Lane, totalBatches, type Workload } from './lane.ts';
import { commandBatches } from './workload.ts';

const deviceId = 'bench-phone';

/** What a lane pushes: the rows its commands need, then the measured batches, both made before the clock starts. */
export interface PushSource {
  prepare?(database: Database, org: Organisation): Promise<void>;
  batches(): CommandEnvelope[][];
}

/** Batches of `person.create`, the registry's workload. */
export const personSource = (workload: Workload): PushSource => ({
  batches: () => commandBatches(0, totalBatches(workload), workload.batchSize),
});

export interface HttpLane extends Lane {
  /** TCP connections the server accepted: 1 means the client really kept its connection alive. */
  connections(): number;
}

/**
 * The real server on a loopback port and a client, in a thread of its own, pushing batches one after
 * another, as one device catching up after a day offline would, with an admin's bearer token. Each
 * batch is timed by the client, from sending its request to reading the answer.
 */
export async function httpPushLane(bench: BenchDatabase, source: PushSource): Promise<HttpLane> {
  const { database } = bench;
  const org = await makeOrg(database, 'bench-org');
  await makeUser(database, org, 'admin@bench', 'admin');
  await source.prepare?.(database, org);
  const config = loadConfig({ GROUNDWORK_DEMO: 'false', LOG_LEVEL: 'silent' });
  const { app } = await buildApp({ database, config, logger: false });
  let connections = 0;
  app.server.on('connection', () => {
    connections++;
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const token = await login(base);
  // Bodies are made before the clock starts: what is measured is the server, not the workload generator.
  const batches = source.batches();
  const bodies = batches.map((commands) => JSON.stringify({ deviceId, commands }));
  const client = new Worker(new URL('./push-client.mjs', import.meta.url), {
    workerData: { base, token, bodies, sizes: batches.map((b) => b.length) },
  });
  return {
    // A turn's batches go to the client in one message and it times each request itself, so the time
    // measured is the device's, from sending the request to reading the answer, not the threads' hops.
    runBatches: (from, to) =>
      new Promise<number[]>((resolve, reject) => {
        client.once('message', (reply: { ok: boolean; times?: number[]; message?: string }) =>
          reply.ok && reply.times ? resolve(reply.times) : reject(new Error(reply.message)),
        );
        client.postMessage({ from, to });
      }),
    connections: () => connections,
    close: async () => {
      await client.terminate();
      await app.close();
    },
  };
}

/** The same commands handed to applyCommands in process: what the command path costs without HTTP. */
export async function directLane(bench: BenchDatabase, source: PushSource): Promise<Lane> {
  const { database } = bench;
  const org = await makeOrg(database, 'bench-org');
  await source.prepare?.(database, org);
  const actor = systemActor(org.id);
  const batches = source.batches();
  return inProcess(async (index) => {
    const commands = batches[index]!;
    expectAllApplied(await applyCommands(database, { actor, deviceId, commands }), commands.length);
  });
}

interface Outcome {
  status: string;
  error?: unknown;
}

/** A benchmark that quietly measures refusals measures nothing: every command must be applied. */
export function expectAllApplied(results: Outcome[], expected: number): void {
  const refused = results.find((r) => r.status !== 'applied');
  if (results.length !== expected || refused) {
    throw new Error(`push did not apply every command: ${JSON.stringify(refused ?? results.length)}`);
  }
}

async function login(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin@bench', password: testPassword, deviceId }),
  });
  if (!res.ok) throw new Error(`bench login failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { pidFileOf } from './cli/pid-file.ts';
import { restore } from './cli/restore.ts';
import { captureOutput, useTempDir } from './cli/testing.ts';
import { loadConfig } from './config.ts';

const bin = resolve(import.meta.dirname, '../bin/groundwork.js');

interface Server {
  child: ChildProcess;
  url: string;
  stdout: string;
  exited: Promise<number | null>;
}

const started: ChildProcess[] = [];

/** Runs the real CLI, as `npm start` does, on a port the system picks; resolves once it says where it listens. */
function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      GROUNDWORK_LOCALE: 'en',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((ready, fail) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url) ready({ child, url, stdout, exited });
    });
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    exited.then((code) => fail(new Error(`server exited with ${code}: ${stderr}`)));
  });
}

async function health(url: string) {
  const res = await fetch(`${url}/api/health`);
  return res.json();
}

describe('groundwork serve', () => {
  const dir = useTempDir();
  // A failed test must not leave its server behind.
  afterEach(() => {
    for (const child of started.splice(0))
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('serves SQLite from the data folder and stops cleanly on SIGINT', async () => {
    const dataDir = join(dir, 'sqlite');
    const server = await startServer({ GROUNDWORK_DATA_DIR: dataDir, GROUNDWORK_DEMO: 'false' });
    expect(await health(server.url)).toEqual({ status: 'ok', database: 'sqlite' });
    const config = loadConfig({ GROUNDWORK_DATA_DIR: dataDir });
    const output = captureOutput();
    expect(await restore(config, { file: config.sqliteFile }, output)).toBe(1);
    expect(output.stderr[0]).toContain(`process ${server.child.pid}`);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(existsSync(config.sqliteFile)).toBe(true);
    expect(existsSync(pidFileOf(config))).toBe(false);
  });

  it('loads the demo into an empty database and prints its logins', { timeout: 90_000 }, async () => {
    const server = await startServer({
      GROUNDWORK_DATA_DIR: join(dir, 'demo'),
      GROUNDWORK_DEMO: 'true',
    });
    expect(server.stdout).toContain('Demo logins (password: groundwork):');
    const username = /^\s+(admin@\S+)/m.exec(server.stdout)?.[1];
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'groundwork' }),
    });
    expect(login.status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  const testUrl = process.env.TEST_DATABASE_URL;
  it.runIf(testUrl)('serves PostgreSQL from DATABASE_URL', async () => {
    const name = `gw_serve_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: testUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(testUrl!);
      url.pathname = `/${name}`;
      const server = await startServer({
        DATABASE_URL: url.toString(),
        GROUNDWORK_DATA_DIR: join(dir, 'postgres'),
        GROUNDWORK_DEMO: 'false',
      });
      expect(await health(server.url)).toEqual({ status: 'ok', database: 'postgres' });
      server.child.kill('SIGINT');
      expect(await server.exited).toBe(0);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});

import { rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { translate } from '@groundwork/core';
import type { FastifyInstance } from 'fastify';
import { hasOrganisations, printDemoLogins } from './cli/demo-logins.ts';
import { type Output, processOutput } from './cli/output.ts';
import { pidFileOf } from './cli/pid-file.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { loadDemo } from './demo/load.ts';
import { buildApp } from './http/app.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(config: Config, output: Output = processOutput): Promise<RunningServer> {
  const database = openDatabase({ url: config.databaseUrl, sqliteFile: config.sqliteFile });
  let app: FastifyInstance | undefined;
  try {
    await migrateToLatest(database.db);
    if (config.demo && !(await hasOrganisations(database))) printDemoLogins(output, await loadDemo(database));
    app = (await buildApp({ database, config })).app;
    await app.listen({ host: config.host, port: config.port });
    const { port } = app.server.address() as AddressInfo;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const url = `http://${host}:${port}`;
    if (database.dialect === 'sqlite') writeFileSync(pidFileOf(config), String(process.pid));
    output.out(translate(output.locale, 'cli.serve.listening', { url, dialect: database.dialect }));
    const listening = app;
    return {
      url,
      close: async () => {
        await listening.close();
        await database.close();
        if (database.dialect === 'sqlite') rmSync(pidFileOf(config), { force: true });
      },
    };
  } catch (error) {
    await app?.close();
    await database.close();
    throw error;
  }
}

/** Serves until SIGINT or SIGTERM, then lets requests in flight finish and closes the database. */
export async function serve(config: Config): Promise<void> {
  const server = await startServer(config);
  const stop = () =>
    server.close().then(
      () => process.exit(0),
      (error: Error) => {
        process.stderr.write(`groundwork: ${error.message}\n`);
        process.exit(1);
      },
    );
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

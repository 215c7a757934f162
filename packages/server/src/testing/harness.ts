import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { CommandEnvelope, OrganisationInput, Role } from '@groundwork/core';
import { newId } from '@groundwork/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { systemActor } from '../access/system.ts';
import { applyCommands } from '../commands/apply.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { TestDatabaseKind } from '../db/testing.ts';
import { buildApp } from '../http/app.ts';
import { createOrganisation, type Organisation } from '../orgs/organisations.ts';

export const testPassword = 'correct horse battery';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** API tests run without the field app, as a server does before it is built; browser tests pass webApp. */
const noWebApp = { GROUNDWORK_WEB_DIR: resolve(tmpdir(), 'groundwork-tests-without-web-app') };

export async function startTestApp(
  kind: TestDatabaseKind,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const database = await kind.open();
  const config = loadConfig({ GROUNDWORK_DEMO: 'false', LOG_LEVEL: 'silent', ...noWebApp, ...env });
  const { app } = await buildApp({ database, config, logger: false });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export function orgInput(slug: string, overrides: Partial<OrganisationInput> = {}): OrganisationInput {
  return {
    name: `Organisation ${slug}`,
    slug,
    country: 'IN',
    currency: 'INR',
    locale: 'en',
    timeZone: 'Asia/Kolkata',
    ...overrides,
  };
}

export function makeOrg(database: Database, slug: string, overrides: Partial<OrganisationInput> = {}) {
  return createOrganisation(database.db, orgInput(slug, overrides));
}

/** Runs commands as the installation (the CLI's hand) and fails the test on any rejection. */
export async function asSystem(
  database: Database,
  org: Organisation,
  commands: Omit<CommandEnvelope, 'id' | 'at'>[],
) {
  const results = await applyCommands(database, {
    actor: systemActor(org.id),
    deviceId: 'test',
    commands: commands.map((c) => ({ ...c, id: newId(), at: new Date().toISOString() })),
  });
  for (const r of results) {
    if (r.status === 'rejected')
      throw new Error(`setup command rejected: ${r.error?.code} ${r.error?.field ?? ''}`);
  }
  return results.map((r) => r.result as { id: string } & Record<string, unknown>);
}

export async function makeUser(
  database: Database,
  org: Organisation,
  username: string,
  role: Role,
  options: { areaIds?: string[]; groupIds?: string[]; sensitiveAccess?: boolean } = {},
): Promise<string> {
  const [result] = await asSystem(database, org, [
    {
      type: 'user.create',
      payload: {
        username,
        password: testPassword,
        role,
        sensitiveAccess: options.sensitiveAccess ?? false,
        scope: { areaIds: options.areaIds ?? [], groupIds: options.groupIds ?? [] },
      },
    },
  ]);
  return result!.id;
}

export async function login(
  app: FastifyInstance,
  username: string,
  password = testPassword,
): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login of ${username} failed: ${res.statusCode} ${res.body}`);
  return res.json().token as string;
}

export interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  token?: string;
  payload?: unknown;
  headers?: Record<string, string>;
}

export function call(app: FastifyInstance, c: Call): Promise<LightMyRequestResponse> {
  return app.inject({
    method: c.method,
    url: c.url,
    headers: { ...(c.token ? { authorization: `Bearer ${c.token}` } : {}), ...c.headers },
    ...(c.payload === undefined ? {} : { payload: c.payload as object }),
  });
}

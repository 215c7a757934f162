import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const builtWebApp = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sqliteFile: string;
  logLevel: string;
  /** Loads the demo organisations into an empty database and prints their logins. */
  demo: boolean;
  sessionDays: number;
  /** Set when the app is served over HTTPS, so the session cookie is marked Secure. */
  secureCookies: boolean;
  bodyLimitBytes: number;
  /** Behind a reverse proxy, trust its X-Forwarded-For so login limits count the real address. */
  trustProxy: boolean;
  loginAttemptsPerUsername: number;
  loginAttemptsPerIp: number;
  /** The most people a device may hold; a first pull over this is refused with a clear message. */
  syncScopeCap: number;
  /** The built field app (packages/web/dist), served at `/`. */
  webDir: string;
}

function intFrom(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

function flagFrom(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

/** All configuration comes from the environment; the README lists every variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.GROUNDWORK_DATA_DIR ?? './data');
  return {
    port: intFrom('PORT', env.PORT, 8080),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    sqliteFile: resolve(dataDir, 'groundwork.db'),
    logLevel: env.LOG_LEVEL ?? 'info',
    demo: flagFrom(env.GROUNDWORK_DEMO, true),
    sessionDays: intFrom('GROUNDWORK_SESSION_DAYS', env.GROUNDWORK_SESSION_DAYS, 30),
    secureCookies: flagFrom(env.GROUNDWORK_SECURE_COOKIES, false),
    trustProxy: flagFrom(env.GROUNDWORK_TRUST_PROXY, false),
    bodyLimitBytes: intFrom('GROUNDWORK_BODY_LIMIT', env.GROUNDWORK_BODY_LIMIT, 5 * 1024 * 1024),
    loginAttemptsPerUsername: intFrom('GROUNDWORK_LOGIN_LIMIT_USER', env.GROUNDWORK_LOGIN_LIMIT_USER, 10),
    loginAttemptsPerIp: intFrom('GROUNDWORK_LOGIN_LIMIT_IP', env.GROUNDWORK_LOGIN_LIMIT_IP, 50),
    syncScopeCap: intFrom('GROUNDWORK_SYNC_SCOPE_CAP', env.GROUNDWORK_SYNC_SCOPE_CAP, 20_000),
    webDir: resolve(env.GROUNDWORK_WEB_DIR ?? builtWebApp),
  };
}

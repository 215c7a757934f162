import type { FastifyBaseLogger } from 'fastify';
import type { LoginLimiter } from './auth/login-limiter.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';

/** What every route and command needs from the running server. */
export interface AppContext {
  database: Database;
  config: Config;
  loginLimiter: LoginLimiter;
  log: FastifyBaseLogger;
  /** The field app's page, when the app has been built (`npm run build -w @groundwork/web`). */
  webIndex?: () => string;
}

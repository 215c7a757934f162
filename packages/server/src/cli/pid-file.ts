import { existsSync, readFileSync } from 'node:fs';
import type { Config } from '../config.ts';

/** Written while a server holds the SQLite file, so that `groundwork restore` can refuse to pull it away. */
export const pidFileOf = (config: Config): string => `${config.sqliteFile}.pid`;

/** The pid of a live server on this SQLite file, if there is one; a file left by a crash does not count. */
export function runningServerPid(config: Config): number | undefined {
  const file = pidFileOf(config);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

import { Worker } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';

/** How often the checkpointer copies the log into the database. */
const intervalMs = 200;
/**
 * The writer checkpoints by itself only past this many log pages (64 MB at 4 KB a page): a backstop for a
 * burst the checkpointer could not keep up with, when most of the pages are already copied. At SQLite's
 * default of 1,000 pages the writer checkpointed every few pushes, a third of the time of a push.
 */
export const backstopPages = 16_384;
/** Without the checkpointer, the writer checkpoints as often as this. */
const fallbackPages = 4_000;

export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * Runs SQLite's WAL checkpoints on a thread of their own, off the request path, and leaves the writer's
 * own checkpoints as a backstop. If the thread fails, the writer goes back to checkpointing often by
 * itself, so the log cannot grow without bound.
 */
export function startCheckpointer(sqlite: SqliteDatabase.Database, file: string): Checkpointer {
  sqlite.pragma(`wal_autocheckpoint = ${backstopPages}`);
  const worker = new Worker(new URL('./checkpoint-worker.mjs', import.meta.url), {
    workerData: { file, intervalMs },
  });
  worker.unref();
  let stopping = false;
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => {
      if (!stopping && sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${fallbackPages}`);
      resolve();
    });
  });
  worker.on('error', (error) => {
    process.emitWarning(`SQLite checkpointer stopped: ${error.message}`);
  });
  return {
    async stop() {
      stopping = true;
      // Held open until the thread has closed its connection, or a process with nothing else to do exits first.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}

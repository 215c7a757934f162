// The WAL checkpointer's thread: its own connection to the database file copies committed pages from
// the write-ahead log into the database, so that a request never waits for it. Plain JavaScript, so that
// it starts without the TypeScript loader the main thread runs under.
import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';

const { file, intervalMs } = workerData;
const db = new SqliteDatabase(file, { fileMustExist: true });
db.pragma('synchronous = NORMAL');

// PASSIVE never waits for, or blocks, the writer: it copies what is committed and no reader still needs.
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)');
const timer = setInterval(checkpoint, intervalMs);

parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});

// The entry of the SQLite store's checkpoint thread (storage/sqlite/walCheckpoints.ts): its own
// connection to the database file copies the write-ahead log back into the file, off the server's
// main thread.
//
// Why a thread: with SQLite's automatic checkpoints, the commit that crosses 1,000 pages of log copies
// them and syncs the file to disk before it returns, on the thread that committed, and every request
// behind it waits: `npm run bench:commits` measured a commit's p99 wait at 3.0 ms that way and 0.4 ms
// with this thread, the event loop held up to 7.5 ms (docs/performance.md, "Checkpoints").
//
// Every `intervalMs`, and when the store asks ('copy'), a PASSIVE checkpoint copies what it can without
// waiting for anyone and without taking the writers' lock. It never runs a RESTART or FULL checkpoint:
// those hold the writers' lock while they wait for readers, and a transaction of the store's connection
// that has read and then wants to write gets SQLITE_BUSY at once (SQLite does not wait where waiting
// could deadlock). Starting the log over under steady writes is the store's part (walCheckpoints.ts).
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

export interface WalCheckpointerData {
  file: string;
  intervalMs: number;
}

/** What a checkpoint found: by this thread, or by the store's connection (walCheckpoints.ts). */
export interface CheckpointReport {
  by: 'thread' | 'store';
  /** Frames in the log, and how many of them are now in the database file. */
  logFrames: number;
  checkpointedFrames: number;
  /** The checkpoint could not finish: a reader or writer held on to frames it needed (tried again next time). */
  busy: boolean;
  /** The store asked for this copy, holding its commits back meanwhile. */
  asked?: boolean;
}

interface CheckpointRow {
  busy: number;
  log: number;
  checkpointed: number;
}

const port = parentPort;
if (!port) throw new Error('walCheckpointer.ts runs on a worker thread (server/storage/sqlite/walCheckpoints.ts)');
const { file, intervalMs } = workerData as WalCheckpointerData;

const db = new Database(file, { fileMustExist: true });

let lastLog = -1; // the first checkpoint reports, whatever it found: the thread is running

/** One PASSIVE checkpoint, reported when the log changed since the last one or when the store asked. */
function checkpoint(asked: boolean): void {
  try {
    const row = (db.pragma('wal_checkpoint(PASSIVE)') as CheckpointRow[])[0]!;
    if (asked || row.log !== lastLog) port!.postMessage({ by: 'thread', logFrames: row.log, checkpointedFrames: row.checkpointed, busy: row.busy === 1, asked } satisfies CheckpointReport);
    lastLog = row.log;
  } catch (error) {
    // A busy or locked file now is tried again on the next tick (and an asked-for copy is reported as
    // busy); anything else ends the thread, and the store goes back to checkpoints on its own connection.
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      if (asked) port!.postMessage({ by: 'thread', logFrames: lastLog, checkpointedFrames: 0, busy: true, asked } satisfies CheckpointReport);
      return;
    }
    clearInterval(timer);
    db.close();
    throw error;
  }
}

const timer = setInterval(() => checkpoint(false), intervalMs);

// 'copy': the store holds its commits back until this copy is reported, so it can reach the log's end.
port.on('message', (message: unknown) => {
  if (message === 'copy') checkpoint(true);
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  // Ends this thread now, whatever else a loader (tsx under tests) left running in it.
  process.exit(0);
});

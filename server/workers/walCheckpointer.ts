// The entry of the SQLite store's checkpoint thread (storage/sqlite/walCheckpoints.ts): its own
// connection to the database file copies the write-ahead log back into the file, off the server's
// main thread.
//
// Why a thread: with SQLite's automatic checkpoints, the commit that crosses 1,000 pages of log copies
// them and syncs the file to disk before it returns, on the thread that committed. Under 32 clients'
// saves that was one commit in a hundred taking 5–13 ms, more than half of all the time the saves
// spent in SQLite, and every request behind it waited (docs/performance.md, "Checkpoints").
//
// Every `intervalMs` a PASSIVE checkpoint copies what it can without waiting for anyone. While writes
// keep coming, the log cannot start over (a writer restarts it only when everything was copied before
// it began), so once the log holds more than `restartFrames` frames, a RESTART checkpoint waits for the
// writer in between two commits, copies the rest and lets the next commit start the log from the top.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

export interface WalCheckpointerData {
  file: string;
  intervalMs: number;
  restartFrames: number;
}

/** What the thread reports after a checkpoint that copied frames (for tests and diagnostics). */
export interface CheckpointReport {
  mode: 'PASSIVE' | 'RESTART';
  /** Frames in the log, and how many of them are now in the database file. */
  logFrames: number;
  checkpointedFrames: number;
  /** The checkpoint could not finish: a reader or writer held on to frames it needed (tried again next time). */
  busy: boolean;
}

interface CheckpointRow {
  busy: number;
  log: number;
  checkpointed: number;
}

const port = parentPort;
if (!port) throw new Error('walCheckpointer.ts runs on a worker thread (server/storage/sqlite/walCheckpoints.ts)');
const { file, intervalMs, restartFrames } = workerData as WalCheckpointerData;

const db = new Database(file, { fileMustExist: true });
// RESTART waits (in this thread) for the commit in progress; a writer that meets the restart waits in
// its own busy handler, as long as copying the last frames takes.
db.pragma('busy_timeout = 5000');

function checkpoint(mode: CheckpointReport['mode']): CheckpointRow {
  return (db.pragma(`wal_checkpoint(${mode})`) as CheckpointRow[])[0]!;
}

let lastLog = 0;
const timer = setInterval(() => {
  try {
    let mode: CheckpointReport['mode'] = 'PASSIVE';
    let row = checkpoint(mode);
    if (row.log > restartFrames) {
      mode = 'RESTART';
      row = checkpoint(mode);
    }
    if (row.log !== lastLog) port.postMessage({ mode, logFrames: row.log, checkpointedFrames: row.checkpointed, busy: row.busy === 1 } satisfies CheckpointReport);
    lastLog = row.log;
  } catch (error) {
    // A busy or locked file now is tried again on the next tick; anything else ends the thread, and
    // the store goes back to checkpoints on its own connection.
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return;
    clearInterval(timer);
    db.close();
    throw error;
  }
}, intervalMs);

port.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  port.close();
});

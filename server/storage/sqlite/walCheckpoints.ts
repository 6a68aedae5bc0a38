// Checkpoints of the store's write-ahead log on a thread of their own (workers/walCheckpointer.ts says
// why): the store's connection stops checkpointing (wal_autocheckpoint = 0) while the thread runs, and
// takes it up again if the thread fails, so the log never grows without bound.
//
// The log starts over from its top only when a writer begins after everything in it was copied. Under
// steady writes the thread's copy rarely ends between two commits, so once the thread finds more than
// `restartFrames` frames in the log, the store holds its group commits back (groupCommit.ts: the saves
// wait, the event loop does not), asks the thread for a copy, which now reaches the log's end, and lets
// the commits go on: the first of them starts the log over. If other writes keep the copy from the end
// three times, the store's connection copies the rest itself, between two of its transactions.
import { startThread } from '../../workers/thread';
import type { CheckpointReport, WalCheckpointerData } from '../../workers/walCheckpointer';
import type { Db } from './database';

export interface WalCheckpointSettings {
  /** How often the thread copies the log into the file (a PASSIVE checkpoint). */
  intervalMs: number;
  /** Frames (pages) in the log above which commits wait for the thread to copy it to its end, so the next one starts it over. */
  restartFrames: number;
}

export interface WalCheckpoints {
  /** Called after each checkpoint that found the log changed or that the store asked for (tests, diagnostics). */
  onReport(listener: (report: CheckpointReport) => void): void;
  /** Null when commits may go now; otherwise when they may (the thread is copying to the log's end). */
  commitsMayGo(): Promise<void> | null;
  /** Ends the thread; the store's connection checkpoints again from then on (and on close). */
  stop(): Promise<void>;
}

/** SQLite's own default: a checkpoint by the committing connection every 1,000 pages of log. */
const AUTOCHECKPOINT_PAGES = 1000;
/**
 * A log that was started over is cut back to this size, not left at the largest it ever was; never
 * below what the log holds when it is started over (with a quarter to spare), or every cycle would cut
 * the file and grow it again.
 */
const LOG_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;
/** Copies asked for while commits are held, before the store's connection copies the rest itself. */
const COPIES_ASKED_AT_MOST = 3;
/** Commits are never held longer than this, whatever the thread does. */
const HOLD_AT_MOST_MS = 500;

export function checkpointInBackground(db: Db, file: string, settings: WalCheckpointSettings): WalCheckpoints {
  const pageBytes = db.pragma('page_size', { simple: true }) as number;
  db.pragma(`journal_size_limit = ${Math.max(LOG_SIZE_LIMIT_BYTES, Math.ceil(settings.restartFrames * 1.25) * pageBytes)}`);
  db.pragma('wal_autocheckpoint = 0');
  const workerData: WalCheckpointerData = { file, intervalMs: settings.intervalMs };
  const worker = startThread('walCheckpointer', { workerData });
  const listeners: ((report: CheckpointReport) => void)[] = [];
  let stopping = false;

  const checkpointInline = (reason: unknown) => {
    releaseCommits();
    if (stopping || !db.open) return;
    db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    console.error('The SQLite checkpoint thread stopped; the store checkpoints on its own connection again:', reason);
  };
  const report = (found: CheckpointReport) => listeners.forEach((listener) => listener(found));
  /** Commits held back while the thread copies to the log's end, and how often it was asked. */
  let holding: { release(): void; gate: Promise<void>; asked: number; timer: NodeJS.Timeout } | null = null;
  const releaseCommits = () => {
    if (!holding) return;
    clearTimeout(holding.timer);
    holding.release();
    holding = null;
  };
  const holdCommits = () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Never longer than this: a thread that does not answer must not hold the saves.
    const timer = setTimeout(releaseCommits, HOLD_AT_MOST_MS);
    holding = { release, gate, asked: 1, timer };
    worker.postMessage('copy');
  };
  /** On the store's connection, between two of its transactions (setImmediate): the rest of the log. */
  const finishCopy = () => {
    if (stopping || !db.open || db.inTransaction) return;
    try {
      const row = (db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[])[0]!;
      report({ by: 'store', logFrames: row.log, checkpointedFrames: row.checkpointed, busy: row.busy === 1 });
    } catch (error) {
      // The thread (or another process) is copying right now: its copy will do, or the next report asks
      // again. Anything else is said, not thrown: this runs on its own, outside any request.
      if (!String((error as { code?: string }).code).startsWith('SQLITE_BUSY')) console.error('A checkpoint of the SQLite log failed:', error);
    }
  };
  worker.on('message', (found: CheckpointReport) => {
    report(found);
    if (holding && found.asked) {
      if (found.checkpointedFrames === found.logFrames && !found.busy) releaseCommits();
      else if (holding.asked < COPIES_ASKED_AT_MOST) {
        holding.asked++;
        worker.postMessage('copy');
      } else {
        releaseCommits();
        setImmediate(finishCopy);
      }
    } else if (!holding && found.logFrames > settings.restartFrames) holdCommits();
  });
  worker.on('error', checkpointInline);
  worker.on('exit', (code) => checkpointInline(`exit code ${code}`));
  // A server or script that is done does not wait for the next checkpoint (after the listeners: adding
  // a 'message' listener refs the thread again).
  worker.unref();

  return {
    onReport(listener) {
      listeners.push(listener);
    },
    commitsMayGo: () => holding?.gate ?? null,
    async stop() {
      if (stopping) return;
      stopping = true;
      releaseCommits();
      let timer: NodeJS.Timeout | undefined;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('stop');
      // A thread in the middle of a checkpoint finishes it first; one that does not answer is ended.
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 2000)))]);
      clearTimeout(timer);
      await worker.terminate();
      if (db.open) db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    },
  };
}

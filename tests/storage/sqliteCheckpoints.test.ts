// The SQLite store's write-ahead log is copied into the database file by a thread of its own
// (storage/sqlite/walCheckpoints.ts), not by whichever commit happens to cross 1,000 pages of log: the
// store's connection stops checkpointing while the thread runs, the thread keeps the log from growing
// under steady writes, and if the thread fails the connection checkpoints again.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CheckpointReport } from '../../server/workers/walCheckpointer';
import { openDatabase, type Db } from '../../server/storage/sqlite/database';
import { checkpointInBackground, type WalCheckpoints } from '../../server/storage/sqlite/walCheckpoints';

let dir: string;
let file: string;
let db: Db;
let checkpoints: WalCheckpoints | null;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nysa-checkpoints-'));
  file = path.join(dir, 'nysa.sqlite');
  db = openDatabase(file);
  db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
  checkpoints = null;
});
afterEach(async () => {
  await checkpoints?.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const autocheckpointPages = () => db.pragma('wal_autocheckpoint', { simple: true }) as number;
/** Frames in the log now, without copying any (a PASSIVE checkpoint would copy them). */
const logFrames = () => (db.pragma('wal_checkpoint(NOOP)') as { log: number }[])[0]!.log;

/** Commits `count` transactions of one 3 KiB row each, letting the event loop turn after each. */
async function commitRows(count: number): Promise<void> {
  const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
  for (let i = 0; i < count; i++) {
    insert.run(Buffer.alloc(3000, i % 251));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The first report `accept` takes, or an error after `ms`. */
function reportWhere(source: WalCheckpoints, accept: (report: CheckpointReport) => boolean, ms = 10_000): Promise<CheckpointReport> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no such checkpoint report within ${ms} ms`)), ms);
    source.onReport((report) => {
      if (!accept(report)) return;
      clearTimeout(timer);
      resolve(report);
    });
  });
}

test('while the thread runs, commits leave the log to it, and it copies every frame into the file', async () => {
  expect(autocheckpointPages()).toBe(1000); // SQLite's default, before
  checkpoints = checkpointInBackground(db, file, { intervalMs: 20, restartFrames: 100_000 });
  expect(autocheckpointPages()).toBe(0);

  const copied = reportWhere(checkpoints, (report) => report.logFrames >= 1200 && report.checkpointedFrames === report.logFrames);
  await commitRows(1200); // past the 1,000 pages at which a commit would have checkpointed itself
  const report = await copied;
  expect(report.mode).toBe('PASSIVE');
  expect(report.checkpointedFrames).toBe(report.logFrames);
  // Nothing on this connection checkpointed: the log still holds every frame since the start.
  expect(logFrames()).toBe(report.logFrames);
  expect(db.prepare('SELECT COUNT(*) AS n FROM filler').get()).toEqual({ n: 1200 });
});

test('under steady writes the log is started over once it passes restartFrames, instead of growing', async () => {
  checkpoints = checkpointInBackground(db, file, { intervalMs: 10, restartFrames: 200 });
  let restarts = 0;
  checkpoints.onReport((report) => {
    if (report.mode === 'RESTART' && !report.busy) restarts++;
  });
  // A commit every millisecond or so until the log was started over twice (bounded: 5,000 commits).
  const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
  let commits = 0;
  while (restarts < 2 && commits < 5000) {
    insert.run(Buffer.alloc(3000, commits % 251));
    commits++;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  expect(restarts).toBe(2);
  // Every commit wrote at least one frame; the log holds fewer than that, so it was written from its top again.
  expect(logFrames()).toBeLessThan(commits);
  expect(db.prepare('SELECT COUNT(*) AS n FROM filler').get()).toEqual({ n: commits });
});

test('stop hands checkpoints back to the store connection', async () => {
  checkpoints = checkpointInBackground(db, file, { intervalMs: 20, restartFrames: 1000 });
  await checkpoints.stop();
  expect(autocheckpointPages()).toBe(1000);
});

test('a thread that cannot run hands checkpoints back to the store connection and says so', async () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    checkpoints = checkpointInBackground(db, path.join(dir, 'no-such-file.sqlite'), { intervalMs: 20, restartFrames: 1000 });
    expect(autocheckpointPages()).toBe(0);
    for (let waited = 0; autocheckpointPages() === 0 && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(autocheckpointPages()).toBe(1000);
    expect(errors.mock.calls[0]?.[0]).toBe('The SQLite checkpoint thread stopped; the store checkpoints on its own connection again:');
  } finally {
    errors.mockRestore();
  }
});

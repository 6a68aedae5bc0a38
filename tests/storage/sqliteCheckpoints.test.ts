// The SQLite store's write-ahead log is copied into the database file by a thread of its own
// (storage/sqlite/walCheckpoints.ts), not by whichever commit happens to cross 1,000 pages of log: the
// store's connection stops checkpointing while the thread runs, the thread keeps the log from growing
// under steady writes, and if the thread fails the connection checkpoints again.
import { spawnSync } from 'node:child_process';
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

  const reports: CheckpointReport[] = [];
  checkpoints.onReport((report) => reports.push(report));
  await commitRows(1200); // past the 1,000 pages at which a commit would have checkpointed itself
  // The log as the last commit left it (the thread may have started it over meanwhile, whenever it had
  // copied all of it before the next commit): wait, bounded, for the thread to have copied all of it.
  const framesNow = logFrames();
  for (let waited = 0; waited < 10_000 && !reports.some((report) => report.logFrames === framesNow && report.checkpointedFrames === framesNow); waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(reports.filter((report) => report.logFrames === framesNow && report.checkpointedFrames === framesNow).length).toBeGreaterThan(0);
  // Every copy was the thread's: this connection's commits never checkpointed.
  expect(reports.length).toBeGreaterThan(0);
  expect(reports.filter((report) => report.by !== 'thread')).toEqual([]);
  expect(db.prepare('SELECT COUNT(*) AS n FROM filler').get()).toEqual({ n: 1200 });
});

test('under steady writes the log is started over again and again instead of growing', async () => {
  checkpoints = checkpointInBackground(db, file, { intervalMs: 10, restartFrames: 200 });
  await reportWhere(checkpoints, () => true); // the thread runs
  const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
  for (let i = 0; i < 1500; i++) {
    insert.run(Buffer.alloc(3000, i % 251));
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  // Every commit wrote at least one frame; the log holds fewer than that, so it was written from its top again.
  expect(logFrames()).toBeLessThan(1500);
  expect(db.prepare('SELECT COUNT(*) AS n FROM filler').get()).toEqual({ n: 1500 });
});

test('a log past restartFrames: commits are held while the thread copies to its end, and the next commit starts it over', async () => {
  checkpoints = checkpointInBackground(db, file, { intervalMs: 10, restartFrames: 200 });
  await reportWhere(checkpoints, () => true);
  expect(checkpoints.commitsMayGo()).toBeNull();
  const source = checkpoints;
  // (In a box: a promise resolved with a promise would wait for it.)
  const held = new Promise<{ gate: Promise<void> | null }>((resolve) =>
    source.onReport((report) => report.logFrames > 200 && !report.asked && queueMicrotask(() => resolve({ gate: source.commitsMayGo() }))),
  );
  const copied = reportWhere(checkpoints, (report) => report.asked === true && !report.busy);
  const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
  for (let i = 0; i < 300; i++) insert.run(Buffer.alloc(3000, i % 251)); // no turn of the loop in between
  expect((await held).gate).toBeInstanceOf(Promise); // commits wait from the report that found the log too long …
  const report = await copied; // … until the copy the store asked for
  expect(report.by).toBe('thread');
  expect(report.logFrames).toBeGreaterThan(200);
  expect(report.checkpointedFrames).toBe(report.logFrames);
  expect(checkpoints.commitsMayGo()).toBeNull();
  insert.run(Buffer.alloc(3000, 7));
  expect(logFrames()).toBeLessThanOrEqual(3); // the one commit's pages, from the top of the log
});

test('a transaction that reads and then writes is never refused as busy while the thread copies the log', async () => {
  // SQLite answers SQLITE_BUSY at once, without waiting, when such a transaction meets a checkpoint that
  // holds the writers' lock (a RESTART or FULL one): the thread must never take it.
  checkpoints = checkpointInBackground(db, file, { intervalMs: 1, restartFrames: 100 });
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM filler');
  const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
  const readThenWrite = db.transaction((i: number) => {
    if (count.get()!.n !== i) throw new Error(`expected ${i} rows`);
    insert.run(Buffer.alloc(3000, i % 251));
  });
  let copies = 0;
  checkpoints.onReport(() => copies++);
  await reportWhere(checkpoints, () => true); // the thread runs
  for (let i = 0; i < 1500; i++) {
    readThenWrite(i); // throws SQLITE_BUSY if the thread held the writers' lock now
    if (i % 3 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  expect(count.get()).toEqual({ n: 1500 });
  expect(copies).toBeGreaterThan(0);
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

test('the thread keeps no process alive: a script that ends without closing its store exits', () => {
  const script = `
    const { createSqliteStore } = require(${JSON.stringify(require.resolve('../../server/storage/sqlite'))});
    createSqliteStore({ file: ${JSON.stringify(path.join(dir, 'other.sqlite'))}, checkpoints: { intervalMs: 20, restartFrames: 1000 } });
    setTimeout(() => console.log('done'), 300);`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', timeout: 20_000 });
  expect(run.signal).toBeNull(); // not killed by the timeout
  expect(run.status).toBe(0);
  expect(run.stdout.trim()).toBe('done');
});

test('a log started over is cut back to 64 MiB, or to a quarter more than it holds when it is started over', async () => {
  const limit = () => db.pragma('journal_size_limit', { simple: true }) as number;
  checkpoints = checkpointInBackground(db, file, { intervalMs: 20, restartFrames: 8_000 });
  expect(limit()).toBe(64 * 1024 * 1024);
  await checkpoints.stop();

  checkpoints = checkpointInBackground(db, file, { intervalMs: 20, restartFrames: 32_000 });
  expect(limit()).toBe(40_000 * 4096);
});

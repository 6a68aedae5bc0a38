// The SQLite store's transactions that write begin as writers (writeTransaction, BEGIN IMMEDIATE): when
// another connection holds the writers' lock (another instance on the same file, for a moment), they
// wait for it. A transaction that began as a reader and reads before it writes is refused at once with
// SQLITE_BUSY instead: SQLite does not wait where waiting could deadlock.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../server/storage/sqlite/database';
import { writeTransaction } from '../../server/storage/sqlite/shared';

let dir: string;
let file: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nysa-write-tx-'));
  file = path.join(dir, 'nysa.sqlite');
  db = openDatabase(file);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Another process takes the writers' lock, says so, holds it for `ms`, commits one note and exits. */
function holdWritersLock(ms: number): Promise<{ released: Promise<void> }> {
  const script = `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO notes (id, text) VALUES (100, 'from the other instance')").run();
    console.log('locked');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.exec('COMMIT');
    db.close();`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const released = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve({ released });
    });
    child.once('exit', (code) => reject(new Error(`the other process exited (${code}) before it held the lock`)));
  });
}

const countNotes = (): number => (db.prepare('SELECT COUNT(*) AS n FROM notes').get() as { n: number }).n;

test('a transaction that reads, then writes, waits for the other connection and commits', async () => {
  const other = await holdWritersLock(300);
  const addAfterCounting = writeTransaction(db, (text: string) => {
    const before = countNotes();
    db.prepare('INSERT INTO notes (text) VALUES (?)').run(text);
    return before;
  });
  const startedAt = Date.now();
  // Counted after the other connection committed: it waited for the lock before it read.
  expect(addAfterCounting('Notiz')).toBe(1);
  expect(Date.now() - startedAt).toBeGreaterThanOrEqual(100);
  await other.released;
  expect(countNotes()).toBe(2);
});

test('the same transaction begun as a reader is refused at once (why writes use writeTransaction)', async () => {
  const other = await holdWritersLock(300);
  const deferred = db.transaction(() => {
    countNotes();
    db.prepare("INSERT INTO notes (text) VALUES ('Notiz')").run();
  });
  expect(() => deferred()).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
  await other.released;
  expect(countNotes()).toBe(1);
});

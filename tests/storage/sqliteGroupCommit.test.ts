// Group commit (storage/sqlite/groupCommit.ts): the writes handed over in one turn of the event loop
// share one transaction, yet each succeeds or fails alone, in order, and is acknowledged only once
// committed.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../server/storage/sqlite/database';
import { groupCommitted } from '../../server/storage/sqlite/groupCommit';
import { createSqliteStore } from '../../server/storage/sqlite';
import { buildCreatedEvent, buildDocument, buildProject, buildSegments } from '../support/builders';

let dir: string;
let db: Db;
/** A second connection to the same file: it sees only what is committed. */
let reader: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nysa-group-commit-'));
  const file = path.join(dir, 'nysa.sqlite');
  db = openDatabase(file);
  db.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
    CREATE TABLE remarks (id INTEGER PRIMARY KEY,
      note_id INTEGER NOT NULL REFERENCES notes (id) DEFERRABLE INITIALLY DEFERRED)`);
  reader = new Database(file, { readonly: true });
});
afterEach(() => {
  reader.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const committedNotes = () => reader.prepare('SELECT id, text FROM notes ORDER BY id').all();
/** Frames in the log: every commit writes each page it changed once. */
const logFrames = () => (db.pragma('wal_checkpoint(NOOP)') as { log: number }[])[0]!.log;

test('writes handed over in the same turn are one commit: the page they share is written to the log once', async () => {
  const insert = db.prepare('INSERT INTO notes (id, text) VALUES (?, ?)');
  const addNote = groupCommitted(db, ([id, text]: [number, string]) => void insert.run(id, text));
  await addNote([1, 'erste']); // the table's first page exists from here on
  const before = logFrames();

  await Promise.all([addNote([2, 'zweite']), addNote([3, 'dritte']), addNote([4, 'vierte'])]);
  expect(logFrames() - before).toBe(1);

  // The same three one turn after another: three commits, three frames.
  for (const [id, text] of [[5, 'fünfte'], [6, 'sechste'], [7, 'siebte']] as [number, string][]) await addNote([id, text]);
  expect(logFrames() - before).toBe(4);
  expect(committedNotes()).toHaveLength(7);
});

test('nothing is visible before the commit, and every promise settles after it', async () => {
  const insert = db.prepare('INSERT INTO notes (id, text) VALUES (?, ?)');
  const addNote = groupCommitted(db, ([id, text]: [number, string]) => void insert.run(id, text));
  const seenOnSettling: unknown[][] = [];
  const writes = [addNote([1, 'a']), addNote([2, 'b'])].map((write) => write.then(() => seenOnSettling.push(committedNotes())));
  expect(committedNotes()).toEqual([]);
  await Promise.all(writes);
  const both = [{ id: 1, text: 'a' }, { id: 2, text: 'b' }];
  expect(seenOnSettling).toEqual([both, both]);
});

test('a write that fails rolls back alone and only its caller hears of it; later writes see the earlier ones', async () => {
  const insert = db.prepare('INSERT INTO notes (id, text) VALUES (?, ?)');
  const countNotes = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM notes');
  const write = groupCommitted(db, (step: { id: number; text: string; fail?: boolean; expectNotes?: number }) => {
    if (step.expectNotes !== undefined && countNotes.get()!.n !== step.expectNotes) throw new Error(`saw ${countNotes.get()!.n} notes`);
    insert.run(step.id, step.text);
    if (step.fail) throw new Error('refused after writing');
  });

  const outcomes = await Promise.allSettled([
    write({ id: 1, text: 'eins' }),
    write({ id: 2, text: 'zwei', fail: true }),
    write({ id: 3, text: 'drei', expectNotes: 1 }), // the failed write's row is gone already
    write({ id: 1, text: 'noch einmal eins' }), // a primary key that the first write took
  ]);
  expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
  expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error('refused after writing'));
  expect(((outcomes[3] as PromiseRejectedResult).reason as { code: string }).code).toBe('SQLITE_CONSTRAINT_PRIMARYKEY');
  expect(committedNotes()).toEqual([{ id: 1, text: 'eins' }, { id: 3, text: 'drei' }]);
});

test('what each committed write returned is handed over after the commit, in order, before its caller hears; a failed write hands nothing', async () => {
  const insert = db.prepare('INSERT INTO notes (id, text) VALUES (?, ?)');
  const handed: { id: number; committedThen: number }[] = [];
  const heard: number[] = [];
  const write = groupCommitted(
    db,
    (row: { id: number; fail?: boolean }) => {
      insert.run(row.id, `note ${row.id}`);
      if (row.fail) throw new Error('refused after writing');
      return row.id;
    },
    undefined,
    (id) => handed.push({ id, committedThen: committedNotes().length }),
  );
  await Promise.allSettled([1, 2, 3].map((id) => write({ id, fail: id === 2 }).then(() => heard.push(id))));

  expect(handed).toEqual([{ id: 1, committedThen: 2 }, { id: 3, committedThen: 2 }]);
  expect(heard).toEqual([1, 3]);
});

test('when the commit itself fails, every write of the group fails and none is stored', async () => {
  const insertNote = db.prepare('INSERT INTO notes (id, text) VALUES (?, ?)');
  const insertRemark = db.prepare('INSERT INTO remarks (id, note_id) VALUES (?, ?)');
  const write = groupCommitted(db, (row: { note: number } | { remark: number; noteId: number }) =>
    void ('note' in row ? insertNote.run(row.note, `note ${row.note}`) : insertRemark.run(row.remark, row.noteId)),
  );

  // The remark's note does not exist: a deferred foreign key is only checked when the group commits.
  const outcomes = await Promise.allSettled([write({ note: 1 }), write({ remark: 1, noteId: 99 }), write({ note: 2 })]);
  expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
  expect(((outcomes[0] as PromiseRejectedResult).reason as { code: string }).code).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
  expect(committedNotes()).toEqual([]);
  expect(db.inTransaction).toBe(false);

  // The next group is not affected.
  await write({ note: 3 });
  expect(committedNotes()).toEqual([{ id: 3, text: 'note 3' }]);
});

test('while commits are held (the log is being copied to its end), writes wait and the group grows; then one commit takes them all', async () => {
  const insert = db.prepare('INSERT INTO notes (id, text) VALUES (?, ?)');
  let release!: () => void;
  let gate: Promise<void> | null = new Promise<void>((resolve) => (release = resolve));
  const addNote = groupCommitted(db, ([id, text]: [number, string]) => void insert.run(id, text), () => gate);
  await groupCommitted(db, () => void insert.run(0, 'vorher'))(undefined); // the table's first page exists
  const before = logFrames();

  const first = addNote([1, 'eins']);
  await new Promise((resolve) => setImmediate(resolve)); // the turn in which it would have been committed
  const second = addNote([2, 'zwei']);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(committedNotes()).toEqual([{ id: 0, text: 'vorher' }]);

  gate = null;
  release();
  await Promise.all([first, second]);
  expect(committedNotes()).toHaveLength(3);
  expect(logFrames() - before).toBe(1); // one commit for both
});

test('a write after which SQLite rolled the whole transaction back (a full disk, say) fails the whole group', async () => {
  const insert = db.prepare('INSERT INTO notes (id, text) VALUES (?, ?)');
  const write = groupCommitted(db, (row: { id: number; rollsAllBack?: boolean }) => {
    insert.run(row.id, `note ${row.id}`);
    if (row.rollsAllBack) db.exec('ROLLBACK'); // what SQLite does itself on SQLITE_FULL or SQLITE_IOERR
  });
  const outcomes = await Promise.allSettled([write({ id: 1 }), write({ id: 2, rollsAllBack: true }), write({ id: 3 })]);
  expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
  expect(committedNotes()).toEqual([]);
  expect(db.inTransaction).toBe(false);
  await write({ id: 4 });
  expect(committedNotes()).toEqual([{ id: 4, text: 'note 4' }]);
});

test("closing the store commits the saves handed over just before, instead of dropping them", async () => {
  const storeFile = path.join(dir, 'store.sqlite');
  const store = createSqliteStore({ file: storeFile });
  const project = buildProject();
  await store.projects.create(project);
  const document = buildDocument({ projectId: project.id, segmentCount: 1 });
  const [segment] = buildSegments(document, 1);
  await store.documents.createWithSegments(document, [segment!], [buildCreatedEvent(segment!)]);
  const saved = { ...segment!, target: 'Zdanie zapisane tuż przed zamknięciem.', version: segment!.version + 1 };
  const event = buildCreatedEvent(saved, { action: 'edit', fromTarget: segment!.target, version: saved.version });
  const save = store.segments.applyChanges([{ segment: saved, expectedVersion: segment!.version, event }]);
  await store.close(); // without waiting for the save first
  await expect(save).resolves.toBeUndefined();

  const reopened = createSqliteStore({ file: storeFile });
  expect((await reopened.segments.findById(segment!.id))?.target).toBe('Zdanie zapisane tuż przed zamknięciem.');
  await reopened.close();
});

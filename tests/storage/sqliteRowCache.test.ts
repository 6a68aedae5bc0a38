// Rows kept in memory by the SQLite store's connection (storage/sqlite/rowCache.ts): a kept row is
// served until a write of this connection touches it (whatever statement wrote it) or another
// connection commits (seen from the next turn of the event loop), and never from inside a transaction.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../server/storage/sqlite/database';
import { createDocumentRepository } from '../../server/storage/sqlite/documents';
import { createProjectRepository } from '../../server/storage/sqlite/projects';
import { createRowCaches, type RowCache } from '../../server/storage/sqlite/rowCache';
import { createSegmentWriter } from '../../server/storage/sqlite/segmentRows';
import { createSegmentRepository } from '../../server/storage/sqlite/segments';
import { SegmentState } from '../../server/domain/workflow/states';
import type { Segment } from '../../server/domain/segments/types';
import { buildCreatedEvent, buildDocument, buildProject, buildSegments, resetBuilderIds } from '../support/builders';

interface NoteRow {
  id: string;
  text: string;
}

let dir: string;
let file: string;
let db: Db;
/** Another connection to the same file: another instance, or a tool. */
let other: Database.Database;

beforeEach(() => {
  resetBuilderIds();
  dir = mkdtempSync(path.join(os.tmpdir(), 'nysa-row-cache-'));
  file = path.join(dir, 'nysa.sqlite');
  db = openDatabase(file);
  db.exec(`CREATE TABLE notes (id TEXT PRIMARY KEY, text TEXT NOT NULL);
    INSERT INTO notes VALUES ('n1', 'Erste Notiz'), ('n2', 'Zweite Notiz'), ('n3', 'Dritte Notiz');`);
  other = new Database(file);
});
afterEach(() => {
  other.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** The notes' cache, and a reader that counts its statements. */
function notes(options: { maxEntries?: number; keepsAbsent?: boolean; worthKeeping?: (row: NoteRow) => boolean; weigh?: (row: NoteRow) => number; maxWeight?: number } = {}) {
  const cache: RowCache<NoteRow> = createRowCaches(db).of<NoteRow>('notes', 'id', { maxEntries: options.maxEntries ?? 100, ...options });
  const byId = db.prepare<[string], NoteRow>('SELECT * FROM notes WHERE id = ?');
  const reads: string[] = [];
  const get = (id: string) =>
    cache.get(id, () => {
      reads.push(id);
      return byId.get(id);
    });
  return { cache, get, reads };
}

describe('a kept row', () => {
  it('is read once, then served from memory', () => {
    const { get, reads } = notes();
    expect(get('n1')).toEqual({ id: 'n1', text: 'Erste Notiz' });
    expect(get('n1')).toEqual({ id: 'n1', text: 'Erste Notiz' });
    expect(get('n2')).toEqual({ id: 'n2', text: 'Zweite Notiz' });
    expect(reads).toEqual(['n1', 'n2']);
  });

  it('is dropped by any update or delete of this connection, whatever statement made it', () => {
    const { get, reads } = notes();
    get('n1');
    get('n2');
    db.prepare("UPDATE notes SET text = 'Erste Notiz, geändert' WHERE id = 'n1'").run();
    db.exec("DELETE FROM notes WHERE text LIKE 'Zweite%'");

    expect(get('n1')).toEqual({ id: 'n1', text: 'Erste Notiz, geändert' });
    expect(get('n2')).toBeUndefined();
    expect(reads).toEqual(['n1', 'n2', 'n1', 'n2']);
  });

  it('is dropped by a write a trigger makes', () => {
    const { get } = notes();
    db.exec(`CREATE TABLE note_edits (note_id TEXT NOT NULL, text TEXT NOT NULL);
      CREATE TRIGGER note_edited AFTER INSERT ON note_edits BEGIN UPDATE notes SET text = NEW.text WHERE id = NEW.note_id; END;`);
    get('n3');
    db.prepare("INSERT INTO note_edits VALUES ('n3', 'Dritte Notiz, über den Trigger')").run();
    expect(get('n3')?.text).toBe('Dritte Notiz, über den Trigger');
  });

  it("is kept during the turn in which another connection commits, and dropped from the next turn on", async () => {
    const { get, reads } = notes();
    get('n1');
    await nextTurn();
    get('n1');
    other.prepare("UPDATE notes SET text = 'Von der anderen Instanz' WHERE id = 'n1'").run();

    expect(get('n1')?.text).toBe('Erste Notiz');
    await nextTurn();
    expect(get('n1')?.text).toBe('Von der anderen Instanz');
    expect(reads).toEqual(['n1', 'n1']);
  });

  it('is not made from a read inside a transaction, not even of a row the transaction did not write', () => {
    const { get, reads } = notes();
    const insideTransaction = db.transaction(() => {
      db.prepare("UPDATE notes SET text = 'Nicht bestätigt' WHERE id = 'n1'").run();
      expect(get('n1')?.text).toBe('Nicht bestätigt');
      expect(get('n2')?.text).toBe('Zweite Notiz');
      throw new Error('rolled back');
    });
    expect(insideTransaction).toThrow('rolled back');

    expect(get('n1')?.text).toBe('Erste Notiz');
    expect(get('n2')?.text).toBe('Zweite Notiz');
    expect(reads).toEqual(['n1', 'n2', 'n1', 'n2']);
  });

  it('is one of at most maxEntries: the one kept longest goes first, and a row not worth keeping is read each time', () => {
    const { get, reads } = notes({ maxEntries: 2, worthKeeping: (row) => row.text.length <= 12 });
    get('n1');
    get('n2');
    get('n1'); // served; still the one kept longest
    get('n3'); // "Dritte Notiz" is 12 characters: kept, and n1 goes
    get('n2');
    get('n1');
    expect(reads).toEqual(['n1', 'n2', 'n3', 'n1']);

    db.exec("UPDATE notes SET text = 'Eine viel zu lange Notiz' WHERE id = 'n2'");
    get('n2');
    get('n2');
    expect(reads).toEqual(['n1', 'n2', 'n3', 'n1', 'n2', 'n2']);
  });

  it('is one of rows weighing at most maxWeight in all: the ones kept longest go first', () => {
    const { get, reads } = notes({ weigh: (row) => row.text.length, maxWeight: 25 });
    get('n1'); // 11 characters
    get('n2'); // 12: 23 in all
    get('n3'); // 12: 35, so n1 goes
    get('n1'); // read again; 35 again, so n2 goes
    get('n3');
    get('n1');
    expect(reads).toEqual(['n1', 'n2', 'n3', 'n1']);
    db.exec("DELETE FROM notes WHERE id = 'n3'"); // its weight goes with it: n2 fits again
    get('n2');
    get('n1');
    get('n2');
    expect(reads).toEqual(['n1', 'n2', 'n3', 'n1', 'n2']);
  });

  it('of an absent row is kept when the table says so, until an insert of this connection', () => {
    const { get, reads } = notes({ keepsAbsent: true });
    expect(get('n9')).toBeUndefined();
    expect(get('n9')).toBeUndefined();
    db.exec("INSERT INTO notes VALUES ('n9', 'Neunte Notiz')");
    expect(get('n9')?.text).toBe('Neunte Notiz');
    expect(reads).toEqual(['n9', 'n9']);

    // An update that gives a row another key drops what was kept under either.
    expect(get('n8')).toBeUndefined();
    db.exec("UPDATE notes SET id = 'n8' WHERE id = 'n9'");
    expect(get('n8')?.text).toBe('Neunte Notiz');
    expect(get('n9')).toBeUndefined();
    expect(reads).toEqual(['n9', 'n9', 'n8', 'n8', 'n9']);
  });

  it('is only once per table and store, and only for plain names', () => {
    const caches = createRowCaches(db);
    caches.of('notes', 'id', { maxEntries: 1 });
    expect(() => caches.of('notes', 'id', { maxEntries: 1 })).toThrow('the rows of notes are kept once per store');
    expect(() => caches.of('notes; DROP TABLE notes', 'id', { maxEntries: 1 })).toThrow('not a table or column name');
  });
});

describe("the segment a save writes", () => {
  let segments: ReturnType<typeof createSegmentRepository>;
  let stored: Segment[];

  beforeEach(async () => {
    const caches = createRowCaches(db);
    const writer = createSegmentWriter(db);
    const projects = createProjectRepository(db, caches);
    const documents = createDocumentRepository(db, writer);
    segments = createSegmentRepository(db, writer, caches);
    const project = buildProject();
    await projects.create(project);
    const document = buildDocument({ projectId: project.id, segmentCount: 2 });
    stored = buildSegments(document, 2, (index) => ({ source: ['Das Projekt „Smart Integration“ startet.', 'Anträge bis 31. März.'][index] }));
    await documents.createWithSegments(document, stored, stored.map((segment) => buildCreatedEvent(segment)));
  });

  /** The segment as another connection reads it: what is committed. */
  const committed = async (id: string) => {
    const fresh = openDatabase(file);
    try {
      return await createSegmentRepository(fresh, createSegmentWriter(fresh), createRowCaches(fresh)).findById(id);
    } finally {
      fresh.close();
    }
  };
  const saved = (segment: Segment, target: string): Segment => ({ ...segment, target, state: SegmentState.Draft, version: segment.version + 1 });
  const change = (before: Segment, after: Segment) => ({
    segment: after,
    expectedVersion: before.version,
    event: buildCreatedEvent(after, { action: 'edit' as const, fromTarget: before.target, fromState: before.state }),
  });

  it('is read next as committed, after one save or two in the same group', async () => {
    const read = (await segments.findById(stored[0]!.id))!;
    const first = saved(read, 'Projekt „Smart Integration” rusza.');
    await segments.applyChanges([change(read, first)]);
    expect(await segments.findById(read.id)).toEqual(await committed(read.id));
    expect((await segments.findById(read.id))?.version).toBe(read.version + 1);

    // Two saves of one segment handed over in the same turn: one commit; the row kept is the last.
    const second = saved(first, 'Projekt „Smart Integration” startuje.');
    const third = saved(second, 'Projekt „Smart Integration” wystartował.');
    await Promise.all([segments.applyChanges([change(first, second)]), segments.applyChanges([change(second, third)])]);
    expect(await segments.findById(read.id)).toEqual(await committed(read.id));
    expect((await segments.findById(read.id))?.target).toBe('Projekt „Smart Integration” wystartował.');
  });

  it('is read next as committed when a later change of the group is refused', async () => {
    const read = (await segments.findById(stored[1]!.id))!;
    const first = saved(read, 'Wnioski do 31 marca.');
    const stale = saved(read, 'Wnioski do 31 marca 2020 r.');
    const outcomes = await Promise.allSettled([segments.applyChanges([change(read, first)]), segments.applyChanges([change(read, stale)])]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected']);
    expect(await segments.findById(read.id)).toEqual(await committed(read.id));
    expect((await segments.findById(read.id))?.target).toBe('Wnioski do 31 marca.');
  });

  it('is read again after this connection moves it without a new version, and after another connection saves it', async () => {
    const read = (await segments.findById(stored[0]!.id))!;
    await segments.applyChanges([change(read, saved(read, 'Projekt rusza.'))]);
    await segments.findById(read.id);
    db.prepare('UPDATE segments SET idx = 7 WHERE id = ?').run(read.id); // as a source revision moves a segment
    expect((await segments.findById(read.id))?.index).toBe(7);

    other.prepare("UPDATE segments SET target = 'Zmieniono gdzie indziej', version = version + 1 WHERE id = ?").run(read.id);
    await nextTurn();
    expect((await segments.findById(read.id))?.target).toBe('Zmieniono gdzie indziej');
    expect(await segments.findById(read.id)).toEqual(await committed(read.id));
  });

  it('keeps its entry in the state index when it keeps its state: one log page fewer, and found by its state all along', async () => {
    db.pragma('wal_autocheckpoint = 0');
    const frames = () => (db.pragma('wal_checkpoint(NOOP)') as { log: number }[])[0]!.log;
    const inState = async (state: SegmentState) => (await segments.page({ documentId: stored[0]!.documentId, states: [state], offset: 0, limit: 10 })).items.map((each) => each.id);
    const [first, second] = [(await segments.findById(stored[0]!.id))!, (await segments.findById(stored[1]!.id))!];
    const firstDraft = saved(first, 'Projekt rusza.');
    const secondDraft = saved(second, 'Wnioski do 31 marca.');
    await segments.applyChanges([change(first, firstDraft)]); // New to Draft, kept as written
    await segments.applyChanges([change(second, secondDraft)]);

    // Draft to Draft: kept, so the state is not set again.
    let before = frames();
    await segments.applyChanges([change(firstDraft, saved(firstDraft, 'Projekt właśnie rusza.'))]);
    const keptStateFrames = frames() - before;
    // The same save of a segment whose row is not kept here (read by another connection's store) sets it.
    const unkept = createSegmentRepository(db, createSegmentWriter(db), createRowCaches(other));
    before = frames();
    await unkept.applyChanges([change(secondDraft, saved(secondDraft, 'Wnioski składa się do 31 marca.'))]);
    expect([keptStateFrames, frames() - before]).toEqual([6, 7]);

    expect(await inState(SegmentState.Draft)).toEqual([first.id, second.id]);
    expect(await inState(SegmentState.New)).toEqual([]);
    // A change of state from a kept row sets it.
    const kept = (await segments.findById(first.id))!;
    await segments.applyChanges([change(kept, { ...kept, state: SegmentState.Translated, version: kept.version + 1 })]);
    expect(await inState(SegmentState.Translated)).toEqual([first.id]);
    expect(await inState(SegmentState.Draft)).toEqual([second.id]);
    expect(await segments.findById(first.id)).toEqual(await committed(first.id));
  });

  it('is not found once a source revision removed it, kept or not', async () => {
    const read = (await segments.findById(stored[1]!.id))!;
    db.prepare('UPDATE segments SET removed_in_revision = 2, version = version + 1 WHERE id = ?').run(read.id);
    expect(await segments.findById(read.id)).toBeNull();
    expect(await segments.findById(read.id)).toBeNull();
  });
});

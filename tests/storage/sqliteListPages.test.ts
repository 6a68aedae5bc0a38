// The SQLite store lists a large document's segments a page at a time (2,000 rows, after the last index
// read), letting the event loop turn in between; a source revision landing between two pages makes it
// read the pages again, so the list never mixes two versions of the document.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentRecord } from '../../server/domain/documents/types';
import type { Segment } from '../../server/domain/segments/types';
import { SegmentState } from '../../server/domain/workflow/states';
import type { Store } from '../../server/ports/repositories';
import { createSqliteStore } from '../../server/storage/sqlite';
import { buildCreatedEvent, buildDocument, buildProject, buildSegments, resetBuilderIds } from '../support/builders';

const COUNT = 4500;

let dir: string;
let store: Store;
let document: DocumentRecord;
let segments: Segment[];

beforeEach(async () => {
  resetBuilderIds();
  dir = mkdtempSync(path.join(os.tmpdir(), 'nysa-list-pages-'));
  store = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
  const project = buildProject();
  await store.projects.create(project);
  document = buildDocument({ projectId: project.id, segmentCount: COUNT });
  // Every third segment translated, the others new; stored in reverse (the order can only come from the index).
  segments = buildSegments(document, COUNT, (index) => ({ state: index % 3 === 0 ? SegmentState.Translated : SegmentState.New }));
  await store.documents.createWithSegments(document, [...segments].reverse(), segments.map((segment) => buildCreatedEvent(segment)));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** How many turns of the event loop `work` let through. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let done = false;
  const tick = () => {
    if (done) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const result = await work();
  done = true;
  return { result, turns };
}

describe('sqlite: listByDocument of a large document', () => {
  test(`lists ${COUNT} segments in order, all or by state, with the event loop turning between pages`, async () => {
    const all = await turnsDuring(() => store.segments.listByDocument(document.id));
    expect(all.result).toEqual(segments);
    expect(all.turns).toBeGreaterThanOrEqual(2); // three pages: two turns between them

    const translated = await store.segments.listByDocument(document.id, [SegmentState.Translated]);
    expect(translated).toEqual(segments.filter((segment) => segment.index % 3 === 0));
    expect(translated).toHaveLength(1500);
  });

  test('a source revision landing between two pages makes it read again: the old page is not kept', async () => {
    const other = new Database(path.join(dir, 'nysa.sqlite'));
    try {
      const listing = store.segments.listByDocument(document.id);
      // Runs after the first page was read: the revision takes segment 10 out of the document.
      setImmediate(() => {
        other.prepare('UPDATE segments SET removed_in_revision = 2 WHERE document_id = ? AND idx = 10').run(document.id);
        other.prepare('UPDATE documents SET revision = 2 WHERE id = ?').run(document.id);
      });
      const listed = await listing;
      expect(listed).toHaveLength(COUNT - 1);
      expect(listed.map((segment) => segment.index)).toEqual(segments.map((segment) => segment.index).filter((index) => index !== 10));
    } finally {
      other.close();
    }
  });
});

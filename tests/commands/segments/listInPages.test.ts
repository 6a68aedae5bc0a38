// listSegmentsInPages: a large document read a page at a time (the event loop turning in between) gives
// exactly what one read gives; a source revision landing between two pages makes it read again, and a
// document revised on every try is read in one go, so pages of two revisions never mix.
import { listSegmentsInPages, SEGMENTS_PER_PAGE } from '../../../server/commands/segments/listInPages';
import type { DocumentRecord } from '../../../server/domain/documents/types';
import type { Segment } from '../../../server/domain/segments/types';
import type { Store } from '../../../server/ports/repositories';
import { createSqliteStore } from '../../../server/storage/sqlite';
import { buildCreatedEvent, buildDocument, buildProject, buildSegments, resetBuilderIds } from '../../support/builders';

const COUNT = 4500;

let store: Store;
let document: DocumentRecord;
let segments: Segment[];

beforeEach(async () => {
  resetBuilderIds();
  store = createSqliteStore({ file: ':memory:' });
  const project = buildProject();
  await store.projects.create(project);
  document = buildDocument({ projectId: project.id, segmentCount: COUNT });
  segments = buildSegments(document, COUNT);
  // Stored in reverse: the order can only come from the index.
  await store.documents.createWithSegments(document, [...segments].reverse(), segments.map((segment) => buildCreatedEvent(segment)));
});
afterEach(async () => store.close());

/** The store, counting page reads and whole-document reads; `revisionAfterPage` moves the document's revision after that many pages. */
function watched(revisionAfterPage: (pagesRead: number) => number | null) {
  const reads = { pages: 0, whole: 0 };
  const watchedStore: Store = {
    ...store,
    segments: {
      ...store.segments,
      page: (query) => (reads.pages++, store.segments.page(query)),
      listByDocument: (documentId, states) => (reads.whole++, store.segments.listByDocument(documentId, states)),
    },
    documents: {
      ...store.documents,
      findById: async (id) => {
        const found = await store.documents.findById(id);
        const revision = revisionAfterPage(reads.pages);
        return found && revision !== null ? { ...found, revision } : found;
      },
    },
  };
  return { ctx: { store: watchedStore }, reads };
}

describe('listSegmentsInPages', () => {
  test(`reads ${COUNT} segments in pages of ${SEGMENTS_PER_PAGE} and returns them in order, as one read does`, async () => {
    const { ctx, reads } = watched(() => null);
    expect(SEGMENTS_PER_PAGE).toBe(2000);
    const listed = await listSegmentsInPages(ctx, document);
    expect(listed).toEqual(await store.segments.listByDocument(document.id));
    expect(listed.map((segment) => segment.index)).toEqual(segments.map((segment) => segment.index));
    expect(reads).toEqual({ pages: 3, whole: 0 });
  });

  test('a document of exactly one page needs a second read to know it ended; an empty one, one read', async () => {
    const small = buildDocument({ projectId: document.projectId, segmentCount: SEGMENTS_PER_PAGE });
    const smallSegments = buildSegments(small, SEGMENTS_PER_PAGE);
    await store.documents.createWithSegments(small, smallSegments, smallSegments.map((segment) => buildCreatedEvent(segment)));
    const { ctx, reads } = watched(() => null);
    expect(await listSegmentsInPages(ctx, small)).toHaveLength(SEGMENTS_PER_PAGE);
    expect(reads.pages).toBe(2);

    const empty = buildDocument({ projectId: document.projectId, segmentCount: 0 });
    await store.documents.createWithSegments(empty, [], []);
    expect(await listSegmentsInPages(ctx, empty)).toEqual([]);
    expect(reads.pages).toBe(3);
  });

  test('a revision landing while the pages are read makes it read them all again', async () => {
    // Revision 2 is seen once the first pass (3 pages) is over; the second pass finds it unchanged.
    const { ctx, reads } = watched((pages) => (pages >= 3 ? 2 : null));
    expect(await listSegmentsInPages(ctx, document)).toHaveLength(COUNT);
    expect(reads).toEqual({ pages: 6, whole: 0 });
  });

  test('a document revised during every try is read in one go after the third', async () => {
    const { ctx, reads } = watched((pages) => 2 + Math.floor(pages / 3));
    expect(await listSegmentsInPages(ctx, document)).toEqual(await store.segments.listByDocument(document.id));
    expect(reads).toEqual({ pages: 9, whole: 1 });
  });
});

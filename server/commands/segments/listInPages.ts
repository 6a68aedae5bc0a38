// A large document's segments, read a page at a time with the event loop turning between pages: one
// query for 10,000 segments holds the server some 100 ms (the rows and their objects are made in one go),
// a page of 2,000 a fifth of that. Pages are separate reads, so a source revision landing between two of
// them (the only change that adds, removes or moves segments) would mix two versions of the document:
// the document's revision is compared before and after, and the pages are read again if it moved.
import { NotFound } from '../../domain/errors';
import { revisionOf, type DocumentRecord } from '../../domain/documents/types';
import type { Segment } from '../../domain/segments/types';
import { yieldToEventLoop } from '../../slices';
import type { CommandContext } from '../context';

/** Segments per read. */
export const SEGMENTS_PER_PAGE = 2000;
/** Reads of the whole document before giving up on a document revised again and again meanwhile. */
const ATTEMPTS = 3;

/** The document's current segments in order, as listByDocument returns them. */
export async function listSegmentsInPages(ctx: Pick<CommandContext, 'store'>, document: DocumentRecord): Promise<Segment[]> {
  let revision = revisionOf(document);
  for (let attempt = 1; ; attempt++) {
    const segments: Segment[] = [];
    for (let offset = 0; ; offset += SEGMENTS_PER_PAGE) {
      if (offset > 0) await yieldToEventLoop();
      const page = await ctx.store.segments.page({ documentId: document.id, offset, limit: SEGMENTS_PER_PAGE });
      segments.push(...page.items);
      if (page.items.length < SEGMENTS_PER_PAGE) break;
    }
    const now = await ctx.store.documents.findById(document.id);
    if (!now) throw new NotFound('document', document.id);
    if (revisionOf(now) === revision) return segments;
    // Revised meanwhile: read again, or, after that many tries, all at once (a consistent read).
    revision = revisionOf(now);
    if (attempt === ATTEMPTS) return ctx.store.segments.listByDocument(document.id);
  }
}

// The SQLite segment repository: reading a document's segments (paged, by state, by repetition key),
// applying changes (group-committed, compare-and-set on the version), history and summaries. The row
// types, their mapping and the shared inserts are in segmentRows.ts.
import { NotFound, VersionConflict } from '../../domain/errors';
import type { DocumentSegmentSummary, Segment, SegmentEvent, Tally } from '../../domain/segments/types';
import type { SegmentApproval } from '../../domain/statistics/approvalsPerDay';
import { emptyStateRecord, SegmentState as State, type SegmentState } from '../../domain/workflow/states';
import type { SegmentChange, SegmentPageQuery, SegmentRepository } from '../../ports/repositories';
import { yieldToEventLoop } from '../../slices';
import type { Db } from './database';
import { groupCommitted } from './groupCommit';
import type { RowCaches } from './rowCache';
import { createCompareAndSet, toEvent, toSegment, withWorkOf, type EventRow, type SegmentRow, type SegmentWriter } from './segmentRows';
import { inRequestedOrder, jsonList, toDomainError, writeTransaction } from './shared';


const addTo = (sum: Tally, more: Tally): void => {
  sum.segments += more.segments;
  sum.words += more.words;
};

/**
 * Segments per read of a document's list (listByDocument), with the event loop turning between reads:
 * 1,000 rows are made in some 10 ms, 40,000 in one read held the server over half a second. On a machine
 * busy with saves, pages of 2,000 were the longest turns of reading a done document's QA list and quality.
 */
const LIST_PAGE = 1000;
/** Paged reads of a whole document before it is read in one go (revised again during each of them). */
const LIST_ATTEMPTS = 2;

const IN_DOCUMENTS = 'document_id IN (SELECT value FROM json_each(?))';
/** A document's current segments: those no source revision removed (migration 009). */
const CURRENT = 'removed_in_revision IS NULL';
const IN_STATES = 'state IN (SELECT value FROM json_each(?))';

/** Segments kept in memory (rowCache.ts): a few thousand translators' current segments. */
const SEGMENTS_KEPT = 10_000;
/** The characters of the kept segments' texts, in all (some 10 MB). */
const KEPT_CHARACTERS = 5_000_000;
/** A segment whose texts are longer than this is read from the file each time: kept, it would cost more memory than its read costs time. */
const KEPT_TEXT_AT_MOST = 10_000;
const textLength = (row: SegmentRow) => row.source.length + (row.target?.length ?? 0) + (row.mt_target?.length ?? 0);
/** Projects' approval counters kept. */
const APPROVED_REVISIONS_KEPT = 1_000;

export function createSegmentRepository(db: Db, writer: SegmentWriter, rowCaches: RowCaches, commitsMayGo?: () => Promise<void> | null): SegmentRepository {
  // Every row, the removed ones too: a source revision's removal is an update, so it drops the kept row,
  // and `findById` reads past a removed one as the statement did.
  const keptSegments = rowCaches.of<SegmentRow>('segments', 'id', {
    maxEntries: SEGMENTS_KEPT,
    weigh: textLength,
    maxWeight: KEPT_CHARACTERS,
    worthKeeping: (row) => textLength(row) <= KEPT_TEXT_AT_MOST,
  });
  const keptApprovedRevisions = rowCaches.of<{ revision: number }>('approved_revisions', 'project_id', { maxEntries: APPROVED_REVISIONS_KEPT, keepsAbsent: true });
  const byId = db.prepare<[string], SegmentRow>('SELECT * FROM segments WHERE id = ?');
  const byIds = db.prepare<[string], SegmentRow>(`SELECT * FROM segments WHERE id IN (SELECT value FROM json_each(?)) AND ${CURRENT}`);
  const pageAll = db.prepare<[string, number, number], SegmentRow>(
    `SELECT * FROM segments WHERE document_id = ? AND ${CURRENT} ORDER BY idx LIMIT ? OFFSET ?`,
  );
  const countAll = db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM segments WHERE document_id = ? AND ${CURRENT}`);
  const pageInStates = db.prepare<[string, string, number, number], SegmentRow>(
    `SELECT * FROM segments WHERE document_id = ? AND ${CURRENT} AND ${IN_STATES} ORDER BY idx LIMIT ? OFFSET ?`,
  );
  const countInStates = db.prepare<[string, string], { n: number }>(
    `SELECT COUNT(*) AS n FROM segments WHERE document_id = ? AND ${CURRENT} AND ${IN_STATES}`,
  );
  const listAll = db.prepare<[string], SegmentRow>(`SELECT * FROM segments WHERE document_id = ? AND ${CURRENT} ORDER BY idx`);
  const listInStates = db.prepare<[string, string], SegmentRow>(
    `SELECT * FROM segments WHERE document_id = ? AND ${CURRENT} AND ${IN_STATES} ORDER BY idx`,
  );
  // A document's list a page at a time, after the last index read (not by offset: a state that changes
  // meanwhile moves no row into or out of pages already read).
  const listPage = db.prepare<[string, number, number], SegmentRow>(
    `SELECT * FROM segments WHERE document_id = ? AND ${CURRENT} AND idx > ? ORDER BY idx LIMIT ?`,
  );
  const listPageInStates = db.prepare<[string, string, number, number], SegmentRow>(
    `SELECT * FROM segments WHERE document_id = ? AND ${CURRENT} AND ${IN_STATES} AND idx > ? ORDER BY idx LIMIT ?`,
  );
  const documentRevision = db.prepare<[string], { revision: number }>('SELECT revision FROM documents WHERE id = ?');
  const compareAndSet = createCompareAndSet(db);
  const storedVersion = db.prepare<[string], { version: number }>('SELECT version FROM segments WHERE id = ?');
  const historyOf = db.prepare<[string], EventRow>('SELECT * FROM segment_events WHERE segment_id = ? ORDER BY at, seq');
  const bySourceKeys = db.prepare<[string, string], SegmentRow>(
    `SELECT * FROM segments WHERE project_id = ? AND source_key IN (SELECT value FROM json_each(?)) AND ${CURRENT}
     ORDER BY document_id, idx`,
  );
  const bySourceKeysInStates = db.prepare<[string, string, string], SegmentRow>(
    `SELECT * FROM segments WHERE project_id = ? AND source_key IN (SELECT value FROM json_each(?)) AND ${CURRENT} AND ${IN_STATES}
     ORDER BY document_id, idx`,
  );
  // A save checks one sentence against its approved twins: one key and one state need no lists
  // unpacked (json_each) and no filter built from them.
  const bySourceKeyInState = db.prepare<[string, string, string], SegmentRow>(
    `SELECT * FROM segments WHERE project_id = ? AND source_key = ? AND ${CURRENT} AND state = ?
     ORDER BY document_id, idx`,
  );
  const approvedRevisionOf = db.prepare<[string], { revision: number }>('SELECT revision FROM approved_revisions WHERE project_id = ?');
  // One statement for any number of keys; DISTINCT over the (project_id, source_key) index.
  const presentKeys = db.prepare<[string, string], { source_key: string }>(
    `SELECT DISTINCT source_key FROM segments
     WHERE project_id = ? AND source_key IN (SELECT value FROM json_each(?)) AND ${CURRENT}`,
  );
  const presentKeysBefore = db.prepare<[string, string, string, string, string], { source_key: string }>(
    `SELECT DISTINCT s.source_key FROM segments s JOIN documents d ON d.id = s.document_id
     WHERE s.project_id = ? AND s.source_key IN (SELECT value FROM json_each(?)) AND s.${CURRENT}
       AND (d.created_at < ? OR (d.created_at = ? AND d.id < ?))`,
  );
  // One document's tallies in one pass over its rows: per state, with repetitions and the people who
  // translated and reviewed (each state's distinct ids, joined per document below). Three passes, all
  // documents asked in one transaction, held the server about 200 ms for a project of three documents of
  // 60,000 segments (`npm run bench:summaries`; docs/performance.md, "Slices on the main thread").
  const tallies = db.prepare<
    [string],
    { state: string; segments: number; words: number; repeated_segments: number; repeated_words: number; translators: string; reviewers: string }
  >(
    `SELECT state, COUNT(*) AS segments, SUM(word_count) AS words,
       SUM(repetition) AS repeated_segments, SUM(CASE WHEN repetition = 1 THEN word_count ELSE 0 END) AS repeated_words,
       json_group_array(DISTINCT translated_by) AS translators, json_group_array(DISTINCT reviewed_by) AS reviewers
     FROM segments WHERE document_id = ? AND ${CURRENT} GROUP BY state`,
  );

  const approvals = db.prepare<[string, string, string], { segment_id: string; document_id: string; at: string; word_count: number }>(
    `SELECT e.segment_id, e.document_id, e.at, s.word_count FROM segment_events e JOIN segments s ON s.id = e.segment_id
     WHERE e.to_state = ? AND e.from_state <> e.to_state AND e.at >= ? AND e.${IN_DOCUMENTS}
     ORDER BY e.at, e.seq`,
  );

  // Items and total are read in one transaction, so they come from the same snapshot.
  const pageTx = db.transaction((query: SegmentPageQuery) => {
    const { documentId, states, offset, limit } = query;
    if (!states) {
      return { rows: pageAll.all(documentId, limit, offset), total: countAll.get(documentId)?.n ?? 0 };
    }
    const stateList = jsonList(states);
    return {
      rows: pageInStates.all(documentId, stateList, limit, offset),
      total: countInStates.get(documentId, stateList)?.n ?? 0,
    };
  });

  // Changes that follow each other on one segment (an edit, then its confirm) are one row update: the
  // first one's expected version, the last one's segment; each keeps its event. Committed with the
  // changes handed over in the same turn of the event loop (groupCommit.ts). Returns each updated
  // segment's row as stored, when the row before it was kept (so the next read needs no statement), or
  // its id (the kept row, if any, is dropped: the update's trigger dropped it already, but a row kept
  // for an earlier write in the same group would otherwise come back after the commit).
  const applyGrouped = groupCommitted(db, (changes: readonly SegmentChange[]) => {
    const stored: (SegmentRow | string)[] = [];
    for (let first = 0; first < changes.length; ) {
      let last = first;
      while (last + 1 < changes.length && changes[last + 1]!.segment.id === changes[first]!.segment.id && changes[last + 1]!.expectedVersion === changes[last]!.segment.version) last++;
      const { segment } = changes[last]!;
      const { expectedVersion } = changes[first]!;
      const before = keptSegments.peek(segment.id);
      const current = before && before.removed_in_revision === null ? before : undefined;
      if (!compareAndSet(segment, expectedVersion, current?.state === segment.state)) {
        const found = storedVersion.get(segment.id);
        if (!found) throw new NotFound('segment', segment.id);
        throw new VersionConflict(segment.id, expectedVersion, found.version);
      }
      for (let i = first; i <= last; i++) {
        const { event, qa } = changes[i]!;
        writer.insertEvent(event);
        if (qa) writer.upsertQaResult(qa);
      }
      // Kept means stored as read: every write of this connection to the row drops it, and the version
      // just matched, so the row now is the one before with this segment's work.
      stored.push(current ? withWorkOf(current, segment) : segment.id);
      first = last + 1;
    }
    return stored;
  }, commitsMayGo, (stored) => {
    for (const row of stored) {
      if (typeof row === 'string') keptSegments.forget(row);
      else keptSegments.keep(row.id, row);
    }
  });

  const appendTx = writeTransaction(db, (events: readonly SegmentEvent[]) => {
    for (const event of events) writer.insertEvent(event);
  });

  /** One document's summary, from one statement (so one consistent read). */
  const summarizeOne = (documentId: string): DocumentSegmentSummary => {
    const byState = emptyStateRecord(() => ({ segments: 0, words: 0 }));
    const repetitions = { segments: 0, words: 0 };
    const translators = new Set<string>();
    const reviewers = new Set<string>();
    for (const row of tallies.all(documentId)) {
      byState[row.state as SegmentState] = { segments: row.segments, words: row.words };
      addTo(repetitions, { segments: row.repeated_segments, words: row.repeated_words });
      for (const id of JSON.parse(row.translators) as (string | null)[]) if (id !== null) translators.add(id);
      for (const id of JSON.parse(row.reviewers) as (string | null)[]) if (id !== null) reviewers.add(id);
    }
    return { documentId, byState, repetitions, translatorIds: [...translators].sort(), reviewerIds: [...reviewers].sort() };
  };

  return {
    async findById(id) {
      const row = keptSegments.get(id, () => byId.get(id));
      return row && row.removed_in_revision === null ? toSegment(row) : null;
    },
    async findByIds(ids) {
      if (ids.length === 0) return [];
      return inRequestedOrder(ids, byIds.all(jsonList(ids)).map(toSegment));
    },
    async page(query) {
      const { rows, total } = pageTx(query);
      return { items: rows.map(toSegment), total };
    },
    async listByDocument(documentId, states) {
      const stateList = states ? jsonList(states) : null;
      for (let attempt = 1; attempt <= LIST_ATTEMPTS; attempt++) {
        const revision = documentRevision.get(documentId)?.revision;
        const segments: Segment[] = [];
        for (let after = -1; ; ) {
          const rows = stateList ? listPageInStates.all(documentId, stateList, after, LIST_PAGE) : listPage.all(documentId, after, LIST_PAGE);
          for (const row of rows) segments.push(toSegment(row));
          if (rows.length < LIST_PAGE) break;
          after = rows[rows.length - 1]!.idx;
          await yieldToEventLoop();
        }
        // The pages are separate reads: a source revision between two of them (it renumbers, adds and
        // removes segments) would mix two versions of the document, so the pages are read again.
        if (documentRevision.get(documentId)?.revision === revision) return segments;
      }
      // Revised during every try: one read, consistent, however long it holds the loop.
      return (stateList ? listInStates.all(documentId, stateList) : listAll.all(documentId)).map(toSegment);
    },
    async applyChanges(changes) {
      try {
        await applyGrouped(changes);
      } catch (error) {
        throw toDomainError(error);
      }
    },
    async appendEvents(events) {
      try {
        appendTx(events);
      } catch (error) {
        throw toDomainError(error, () => new NotFound('segment'));
      }
    },
    async history(segmentId) {
      return historyOf.all(segmentId).map(toEvent);
    },
    async findBySourceKeys(projectId, sourceKeys, states) {
      if (sourceKeys.length === 0) return [];
      if (states?.length === 1 && new Set(sourceKeys).size === 1) return bySourceKeyInState.all(projectId, sourceKeys[0]!, states[0]!).map(toSegment);
      const keys = jsonList([...new Set(sourceKeys)]);
      return (states ? bySourceKeysInStates.all(projectId, keys, jsonList(states)) : bySourceKeys.all(projectId, keys)).map(toSegment);
    },
    async approvedRevision(projectId) {
      return keptApprovedRevisions.get(projectId, () => approvedRevisionOf.get(projectId))?.revision ?? 0;
    },
    async existingSourceKeys(projectId, sourceKeys, submittedBefore) {
      // Keys are at most 5,000 characters from the segmenter (1,000,000 from an XLIFF unit), and callers
      // ask in batches bounded by characters (commands/documents/usedSourceKeys.ts).
      const keys = jsonList(sourceKeys);
      const rows = submittedBefore
        ? presentKeysBefore.all(projectId, keys, submittedBefore.createdAt, submittedBefore.createdAt, submittedBefore.id)
        : presentKeys.all(projectId, keys);
      const present = new Set<string>();
      for (const row of rows) present.add(row.source_key);
      return present;
    },
    async summarize(documentIds) {
      // A document at a time, the event loop turning between them: a project's list asks for all of its
      // documents at once. A repeated id gets its own copy.
      const summaries: DocumentSegmentSummary[] = [];
      for (const [i, documentId] of documentIds.entries()) {
        if (i > 0) await yieldToEventLoop();
        summaries.push(summarizeOne(documentId));
      }
      return summaries;
    },
    async listApprovals(documentIds, since): Promise<SegmentApproval[]> {
      if (documentIds.length === 0) return [];
      return approvals
        .all(State.Approved, since, jsonList(documentIds))
        .map((row) => ({ segmentId: row.segment_id, documentId: row.document_id, at: row.at, wordCount: row.word_count }));
    },
  };
}

// A segment and its history events as SQLite rows: the row types, the mapping both ways, and the
// inserts that submission, changes and revisions share (one prepared set per store).
import type { BlockKind, InlineTag, Segment, SegmentEvent, SegmentEventAction, SegmentLanguage, SegmentOrigin } from '../../domain/segments/types';
import type { SegmentState } from '../../domain/workflow/states';
import type { Db } from './database';
import { createQaResultWriter, type QaResultWriter } from './qaResults';

export interface SegmentRow {
  id: string;
  document_id: string;
  project_id: string;
  idx: number;
  source: string;
  target: string | null;
  state: string;
  origin: string | null;
  mt_target: string | null;
  version: number;
  kind: string;
  tags: string;
  word_count: number;
  char_count: number;
  lang: string;
  source_key: string;
  repetition: number; // 0 or 1
  context_specific: number; // 0 or 1
  translated_by: string | null;
  reviewed_by: string | null;
  updated_at: string;
  /** Migration 012. */
  external_id: string | null;
  /** Migration 009: the source revision that removed the segment, if one did. */
  removed_in_revision: number | null;
}

export interface EventRow {
  id: string;
  segment_id: string;
  document_id: string;
  actor_id: string | null;
  at: string;
  action: string;
  from_state: string;
  to_state: string;
  from_target: string | null;
  to_target: string | null;
  note: string | null;
  version: number;
  /** Set on source_revised events only (migration 009). */
  from_source: string | null;
  to_source: string | null;
}

export const toSegment = (row: SegmentRow): Segment => ({
  id: row.id,
  documentId: row.document_id,
  projectId: row.project_id,
  index: row.idx,
  source: row.source,
  target: row.target,
  state: row.state as SegmentState,
  origin: row.origin as SegmentOrigin | null,
  mtTarget: row.mt_target,
  version: row.version,
  kind: row.kind as BlockKind,
  tags: JSON.parse(row.tags) as InlineTag[],
  wordCount: row.word_count,
  charCount: row.char_count,
  lang: row.lang as SegmentLanguage,
  sourceKey: row.source_key,
  repetition: row.repetition === 1,
  contextSpecific: row.context_specific === 1,
  translatedBy: row.translated_by,
  reviewedBy: row.reviewed_by,
  updatedAt: row.updated_at,
  ...(row.external_id !== null ? { externalId: row.external_id } : {}),
});

export const toEvent = (row: EventRow): SegmentEvent => ({
  id: row.id,
  segmentId: row.segment_id,
  documentId: row.document_id,
  actorId: row.actor_id,
  at: row.at,
  action: row.action as SegmentEventAction,
  fromState: row.from_state as SegmentState,
  toState: row.to_state as SegmentState,
  fromTarget: row.from_target,
  toTarget: row.to_target,
  note: row.note,
  version: row.version,
  ...(row.from_source !== null ? { fromSource: row.from_source } : {}),
  ...(row.to_source !== null ? { toSource: row.to_source } : {}),
});

// What a segment change writes (SEGMENT_WORK_FIELDS, ports/segmentChange.ts): the work on the target,
// never the German text, its place (`idx`) or its document (a source revision writes those, revisions.ts).
// Fewer columns: less to bind, and no foreign-key checks of document and project on every save.
//
// The statements every save runs bind their values by position: by name, better-sqlite3 looks each one
// up in an object built for the purpose (docs/performance.md, "What a save costs").
const WORK_COLUMNS_BUT_STATE = `target = ?, origin = ?, mt_target = ?, context_specific = ?, translated_by = ?,
  reviewed_by = ?, updated_at = ?`;

/**
 * The segment's work, stored if its version is still `expectedVersion`; false when it is not (or the
 * segment is gone). `keepsState`: the caller knows the stored state is the segment's already (the row
 * it read is the current one), so the state is not set: setting it, even to the same value, rewrites
 * the segment's entry in segments_by_state, a page more in the log for most saves.
 */
export type CompareAndSet = (segment: Segment, expectedVersion: number, keepsState?: boolean) => boolean;

export function createCompareAndSet(db: Db): CompareAndSet {
  const update = db.prepare(`UPDATE segments SET ${WORK_COLUMNS_BUT_STATE}, state = ?, version = ? WHERE id = ? AND version = ?`);
  const updateButState = db.prepare(`UPDATE segments SET ${WORK_COLUMNS_BUT_STATE}, version = ? WHERE id = ? AND version = ?`);
  return (segment, expectedVersion, keepsState = false) => {
    const { target, origin, mtTarget, translatedBy, reviewedBy, updatedAt } = segment;
    const contextSpecific = segment.contextSpecific ? 1 : 0;
    const result = keepsState
      ? updateButState.run(target, origin, mtTarget, contextSpecific, translatedBy, reviewedBy, updatedAt, segment.version, segment.id, expectedVersion)
      : update.run(target, origin, mtTarget, contextSpecific, translatedBy, reviewedBy, updatedAt, segment.state, segment.version, segment.id, expectedVersion);
    return result.changes === 1;
  };
}

/** `row` as the compare-and-set leaves it when it stores `segment`'s work: the same columns, and the version. */
export const withWorkOf = (row: SegmentRow, segment: Segment): SegmentRow => ({
  ...row,
  target: segment.target,
  state: segment.state,
  origin: segment.origin,
  mt_target: segment.mtTarget,
  context_specific: segment.contextSpecific ? 1 : 0,
  translated_by: segment.translatedBy,
  reviewed_by: segment.reviewedBy,
  updated_at: segment.updatedAt,
  version: segment.version,
});

// better-sqlite3 binds no booleans: flags are stored as 0/1.
export const segmentParams = (segment: Segment) => ({
  ...segment,
  tags: JSON.stringify(segment.tags),
  repetition: segment.repetition ? 1 : 0,
  contextSpecific: segment.contextSpecific ? 1 : 0,
  externalId: segment.externalId ?? null,
});

/** Inserts shared by createWithSegments (documents.ts) and applyChanges/appendEvents; prepared once per store. */
export interface SegmentWriter {
  insertSegment(segment: Segment): void;
  insertEvent(event: SegmentEvent): void;
  /** The QA result a change carries (SegmentChange.qa). */
  upsertQaResult: QaResultWriter;
}

export function createSegmentWriter(db: Db): SegmentWriter {
  const insertSegment = db.prepare(
    `INSERT INTO segments (id, document_id, project_id, idx, source, target, state, origin, mt_target, version,
       kind, tags, word_count, char_count, lang, source_key, repetition, context_specific, translated_by, reviewed_by,
       updated_at, external_id)
     VALUES (@id, @documentId, @projectId, @index, @source, @target, @state, @origin, @mtTarget, @version,
       @kind, @tags, @wordCount, @charCount, @lang, @sourceKey, @repetition, @contextSpecific, @translatedBy, @reviewedBy,
       @updatedAt, @externalId)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO segment_events (id, segment_id, document_id, actor_id, at, action, from_state, to_state,
       from_target, to_target, note, version, from_source, to_source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    insertSegment: (segment) => void insertSegment.run(segmentParams(segment)),
    insertEvent: (event) =>
      void insertEvent.run(
        event.id,
        event.segmentId,
        event.documentId,
        event.actorId,
        event.at,
        event.action,
        event.fromState,
        event.toState,
        event.fromTarget,
        event.toTarget,
        event.note,
        event.version,
        event.fromSource ?? null,
        event.toSource ?? null,
      ),
    upsertQaResult: createQaResultWriter(db),
  };
}

// Source revisions of documents (domain/revisions). Both adapters implement it and pass the contract in
// tests/storage/revisionContract.ts. A revision is written whole or not at all.
import type { DocumentRecord } from '../domain/documents/types';
import type { DocumentRevision } from '../domain/revisions/types';
import type { Segment, SegmentEvent } from '../domain/segments/types';
import type { SegmentChange } from './segmentChange';

/** A kept segment that only moved: its new index, nothing else (no version, no event). */
export interface SegmentMove {
  segmentId: string;
  index: number;
}

/** Everything one revision writes. */
export interface RevisionWrite {
  /** The document after the revision: its new skeleton, segment count and `revision` (= expectedRevision + 1). */
  document: DocumentRecord;
  /** The revision the document was read at; another revision stored meanwhile refuses this one. */
  expectedRevision: number;
  revision: DocumentRevision;
  /** Kept segments at a new index whose text stays as it is. */
  moves: readonly SegmentMove[];
  /**
   * Kept segments whose source changed (compare-and-set on their version, as SegmentRepository.applyChanges),
   * each at its new index (`segment.index`), with its event.
   */
  changes: readonly SegmentChange[];
  /** Segments taken out of the document (compare-and-set), each with its `removed` event. */
  removals: readonly SegmentChange[];
  /** The new segments and their events (created, memory proposals), inserted. */
  created: readonly Segment[];
  createdEvents: readonly SegmentEvent[];
}

/** A segment a revision took out of its document. */
export interface RemovedSegmentRecord {
  segment: Segment;
  /** The revision that removed it. */
  removedIn: number;
}

export interface RevisionRepository {
  /**
   * Applies the revision in one transaction: the document, moves, changes, removals, new segments, their
   * events, the revision record; the QA results of removed segments are dropped. Nothing is written when
   * the stored document is not at `expectedRevision` (Conflict `revision_conflict`), when a changed or
   * removed segment is not at its expected version (VersionConflict), or when the document is unknown
   * (NotFound). Removed segments leave every read of the document's current segments (SegmentRepository)
   * but keep their row and events.
   */
  apply(write: RevisionWrite): Promise<void>;
  /** The document's stored revisions (2, 3, …), oldest first. */
  listByDocument(documentId: string): Promise<DocumentRevision[]>;
  /** The document's newest stored revision, or null when it was never revised. */
  latest(documentId: string): Promise<DocumentRevision | null>;
  /** A segment some revision removed from its document, or null (also for a current segment). */
  findRemovedSegment(segmentId: string): Promise<RemovedSegmentRecord | null>;
}

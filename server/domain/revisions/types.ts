// Source revisions: a new German version of a document, matched segment by segment to the old one.
// Plain data: no methods, no driver types. Both stores return exactly these.
import type { Timestamp } from '../common';
import type { DocumentFormat } from '../documents/types';
import type { TmAnalysis } from '../tm/types';
import type { SegmentState } from '../workflow/states';

/** What became of a segment of the new version. */
export type RevisionPairKind = 'unchanged' | 'changed' | 'new';

/** One segment of the new version and the old segment it continues (none for a new one). */
export interface RevisionPair {
  newIndex: number;
  oldIndex: number | null;
  kind: RevisionPairKind;
  /** 1 for unchanged, the source similarity (0–1) for changed, 0 for new. */
  similarity: number;
}

export interface RevisionAlignment {
  /** One per new segment, in new document order. */
  pairs: RevisionPair[];
  /** Old indexes no new segment continues, ascending. */
  removed: number[];
}

export interface RevisionCounts {
  unchanged: number;
  changed: number;
  new: number;
  removed: number;
}

/** A segment whose German source the revision changed: its id stays, its old source is kept here. */
export interface RevisedSegment {
  segmentId: string;
  /** The segment's index in the revised document. */
  index: number;
  previousSource: string;
  source: string;
  /** The state before the revision (the state after is in the segment and its history). */
  previousState: SegmentState;
}

/** A segment the revision took out of the document: not deleted, readable here and in its history. */
export interface RemovedSegment {
  segmentId: string;
  /** Its index in the previous version. */
  index: number;
  source: string;
  target: string | null;
  state: SegmentState;
}

/** One stored revision of a document (revision 1 is the submission and is not stored). */
export interface DocumentRevision {
  id: string;
  documentId: string;
  projectId: string;
  /** 2, 3, …: the document's revision number after this revision. */
  number: number;
  format: DocumentFormat;
  createdBy: string;
  createdAt: Timestamp;
  counts: RevisionCounts;
  /** Source words of changed segments that had a translation: the work to look at again. */
  wordsToReview: number;
  /** Source words of the new segments. */
  newWords: number;
  /** Source words of the removed segments. */
  removedWords: number;
  /** Segments of the new version and the document after it. */
  segmentCount: number;
  changed: RevisedSegment[];
  /** Ids of the new segments, in document order. */
  added: string[];
  removed: RemovedSegment[];
  /** The memory's analysis of the new segments (as at submission). */
  analysis: TmAnalysis;
}

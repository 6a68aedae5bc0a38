// The JSON shapes of source revisions (server/http/presenters/revision.ts).
import type { PersonRef, SegmentState } from './types';

/** What a source revision did to the segments (server/domain/revisions/types.ts). */
export interface RevisionCounts {
  unchanged: number;
  changed: number;
  new: number;
  removed: number;
}

/** The numbers a revision and its preview report. */
export interface RevisionSummary {
  counts: RevisionCounts;
  wordsToReview: number;
  newWords: number;
  removedWords: number;
  segmentCount: number;
}

/** POST /api/documents/:id/revisions/preview: what the new version would do, nothing stored. */
export interface RevisionPreview extends RevisionSummary {
  changed: { index: number; previousSource: string; source: string }[];
  added: { index: number; source: string }[];
  removed: { index: number; source: string }[];
}

/** A stored revision (POST /api/documents/:id/revisions, and in the timeline). */
export interface DocumentRevision extends RevisionSummary {
  number: number;
  kind: 'revision';
  documentId: string;
  format: 'text' | 'markdown';
  createdBy: PersonRef;
  createdAt: string;
  changed: { segmentId: string; index: number; previousSource: string; source: string; previousState: SegmentState }[];
  added: string[];
  removed: { segmentId: string; index: number; source: string; target: string | null; state: SegmentState }[];
}

/** The submission, revision 1 of every document. */
export interface DocumentSubmission {
  number: 1;
  kind: 'submission';
  documentId: string;
  format: 'text' | 'markdown';
  createdBy: PersonRef;
  createdAt: string;
}

/** GET /api/documents/:id/revisions. */
export interface RevisionTimeline {
  documentId: string;
  revision: number;
  items: (DocumentSubmission | DocumentRevision)[];
}

// Shapes the workspace reads that api/types.ts does not (yet) describe: glossary hits of a segment
// (server/http/presenters/glossary.ts) and the live-update events (GET /api/documents/:id/events).
import type { PersonRef, QaIssue, Segment } from '../api/types';

export interface GlossaryTermView {
  id: string;
  de: string;
  pl: string;
  note: string | null;
  status: 'approved' | 'proposed';
  forbidden: string[];
}

export interface SegmentTermHitView {
  term: GlossaryTermView;
  positions: { start: number; end: number; text: string; kind: string }[];
  satisfied: boolean | null;
  forbidden: { variant: string; start: number; end: number; text: string }[];
}

export interface SegmentsEvent {
  segments: Segment[];
  actorId: string | null;
}

/** `event: comments`: a segment's comment counts after a comment was written or changed. */
export interface CommentsEvent {
  segmentId: string;
  commentId: string;
  comments: number;
  openThreads: number;
}

export interface PresenceEvent {
  segmentId: string;
  segmentIndex: number;
  user: PersonRef;
  editing: boolean;
}

/** `details.current` of a 409 version_conflict: the segment as it is now. */
export interface ConflictCurrent {
  target: string | null;
  state: Segment['state'];
  version: number;
  updatedAt: string;
}

export interface QaErrorsDetails {
  segmentId: string;
  issues: QaIssue[];
}

/**
 * Where an edit is: typed, being saved, saved, failed and tried again soon ('error'), failed for good
 * until the user retries ('failed'), or refused for someone else's newer version ('conflict').
 */
export type SaveStatus = 'dirty' | 'saving' | 'saved' | 'error' | 'failed' | 'conflict';

// Comments on segments: threads in which translators, reviewers and coordinators talk about one
// segment. Plain data, like the other modules' types.ts; both stores return exactly these. Comments are
// keyed by segment id, so they stay with a segment through edits and source revisions that keep its id.
import type { Timestamp } from '../common';

/** The longest comment text accepted (characters). */
export const COMMENT_TEXT_MAX_LENGTH = 5_000;

/** `rejection`: the first comment of the thread a rejection opens, its text the reason. */
export const COMMENT_KINDS = ['comment', 'rejection'] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

export interface SegmentComment {
  id: string;
  segmentId: string;
  documentId: string;
  projectId: string;
  /** The id of the thread's first comment (a first comment carries its own id). */
  threadId: string;
  /** The comment this one answers; null for the first comment of a thread. */
  replyTo: string | null;
  kind: CommentKind;
  authorId: string;
  /** Plain text: shown as text, never as HTML. */
  text: string;
  /** The project members the text mentions (`@name`), by user id, in order of first mention. */
  mentions: string[];
  /** On a thread's first comment: whether the thread is resolved. Always false on answers. */
  resolved: boolean;
  resolvedBy: string | null;
  resolvedAt: Timestamp | null;
  createdAt: Timestamp;
  /** When the author last changed the text; null when never. */
  editedAt: Timestamp | null;
}

/** How many comments a segment has, and how many of its threads are still open. */
export interface SegmentCommentCount {
  segmentId: string;
  comments: number;
  openThreads: number;
}

/** Counts of one segment's comments (a segment without comments counts zeros). */
export function countComments(segmentId: string, comments: readonly SegmentComment[]): SegmentCommentCount {
  const mine = comments.filter((comment) => comment.segmentId === segmentId);
  return {
    segmentId,
    comments: mine.length,
    openThreads: mine.filter((comment) => comment.threadId === comment.id && !comment.resolved).length,
  };
}

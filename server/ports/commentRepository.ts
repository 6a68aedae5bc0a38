// What the comment commands need from storage: comments on segments, in threads. Both adapters implement
// it and pass tests/storage/collaborationContract.ts.
import type { SegmentComment, SegmentCommentCount } from '../domain/comments/types';

export interface CommentRepository {
  /** Throws NotFound (entity `segment`) when the segment does not exist, Conflict when the id is taken. */
  create(comment: SegmentComment): Promise<void>;
  findById(id: string): Promise<SegmentComment | null>;
  /**
   * Replaces text, mentions, resolved, resolvedBy, resolvedAt and editedAt of the stored comment (its
   * segment, thread, author and creation stay). NotFound (entity `comment`) when it does not exist.
   */
  update(comment: SegmentComment): Promise<void>;
  /** The segment's comments, oldest first; comments written at the same time keep the order they were written in. */
  listBySegment(segmentId: string): Promise<SegmentComment[]>;
  /** Per segment of the document that has comments: how many, and how many of its threads are open; by segment id. */
  countByDocument(documentId: string): Promise<SegmentCommentCount[]>;
}

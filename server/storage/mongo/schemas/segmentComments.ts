// segmentComments: comment threads on segments. `seq` (mongo-only) numbers comments in the order they were
// written, so comments of the same millisecond keep it.
import { Schema } from 'mongoose';
import { COMMENT_KINDS, type CommentKind, type SegmentComment } from '../../../domain/comments/types';
import { collectionOptions, fromDate, fromNullableDate, integer, orNull, toDate, toNullableDate } from './common';

export interface SegmentCommentDoc {
  _id: string;
  segmentId: string;
  documentId: string;
  projectId: string;
  threadId: string;
  replyTo: string | null;
  kind: CommentKind;
  authorId: string;
  text: string;
  mentions: string[];
  resolved: boolean;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  editedAt: Date | null;
  /** Mongo-only: a store-wide, strictly increasing number taken from the `counters` collection. */
  seq: number;
}

export const segmentCommentSchema = new Schema<SegmentCommentDoc>(
  {
    _id: { type: String, required: true },
    segmentId: { type: String, required: true },
    documentId: { type: String, required: true },
    projectId: { type: String, required: true },
    threadId: { type: String, required: true },
    replyTo: { type: String, default: null },
    kind: { type: String, required: true, enum: COMMENT_KINDS },
    authorId: { type: String, required: true },
    text: { type: String, required: true },
    mentions: { type: [String], default: () => [] },
    resolved: { type: Boolean, required: true },
    resolvedBy: { type: String, default: null },
    resolvedAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
    editedAt: { type: Date, default: null },
    seq: { type: Number, required: true, min: 1, validate: integer },
  },
  collectionOptions('segmentComments'),
);
segmentCommentSchema.index({ segmentId: 1, createdAt: 1, seq: 1 });
segmentCommentSchema.index({ documentId: 1 });

export const toSegmentCommentDoc = (comment: SegmentComment, seq: number): SegmentCommentDoc => ({
  _id: comment.id,
  segmentId: comment.segmentId,
  documentId: comment.documentId,
  projectId: comment.projectId,
  threadId: comment.threadId,
  replyTo: comment.replyTo,
  kind: comment.kind,
  authorId: comment.authorId,
  text: comment.text,
  mentions: [...comment.mentions],
  resolved: comment.resolved,
  resolvedBy: comment.resolvedBy,
  resolvedAt: toNullableDate(comment.resolvedAt),
  createdAt: toDate(comment.createdAt),
  editedAt: toNullableDate(comment.editedAt),
  seq,
});

export const fromSegmentCommentDoc = (doc: SegmentCommentDoc): SegmentComment => ({
  id: doc._id,
  segmentId: doc.segmentId,
  documentId: doc.documentId,
  projectId: doc.projectId,
  threadId: doc.threadId,
  replyTo: orNull(doc.replyTo),
  kind: doc.kind,
  authorId: doc.authorId,
  text: doc.text,
  mentions: [...(doc.mentions ?? [])],
  resolved: doc.resolved,
  resolvedBy: orNull(doc.resolvedBy),
  resolvedAt: fromNullableDate(doc.resolvedAt),
  createdAt: fromDate(doc.createdAt),
  editedAt: fromNullableDate(doc.editedAt),
});

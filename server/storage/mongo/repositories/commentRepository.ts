import type { Model } from 'mongoose';
import { NotFound } from '../../../domain/errors';
import type { SegmentComment, SegmentCommentCount } from '../../../domain/comments/types';
import type { CommentRepository } from '../../../ports/commentRepository';
import { guard } from '../errors';
import type { CounterDoc } from '../schemas/counters';
import { fromSegmentCommentDoc, toSegmentCommentDoc, type SegmentCommentDoc } from '../schemas/segmentComments';
import type { SegmentDoc } from '../schemas/segments';
import { reserveSequence } from './shared';

export const COMMENT_SEQUENCE = 'segmentComments';

interface CountGroup {
  _id: string;
  comments: number;
  openThreads: number;
}

export class MongoCommentRepository implements CommentRepository {
  constructor(
    private readonly comments: Model<SegmentCommentDoc>,
    private readonly segments: Model<SegmentDoc>,
    private readonly counters: Model<CounterDoc>,
  ) {}

  async create(comment: SegmentComment): Promise<void> {
    await guard('comment', async () => {
      if (!(await this.segments.exists({ _id: comment.segmentId }).exec())) throw new NotFound('segment', comment.segmentId);
      const seq = await reserveSequence(this.counters, COMMENT_SEQUENCE, 1);
      await this.comments.create(toSegmentCommentDoc(comment, seq));
    });
  }

  async findById(id: string): Promise<SegmentComment | null> {
    const doc = await this.comments.findById(id).lean<SegmentCommentDoc>().exec();
    return doc ? fromSegmentCommentDoc(doc) : null;
  }

  async update(comment: SegmentComment): Promise<void> {
    const { text, mentions, resolved, resolvedBy, resolvedAt, editedAt } = toSegmentCommentDoc(comment, 1);
    await guard('comment', async () => {
      const result = await this.comments
        .updateOne({ _id: comment.id }, { $set: { text, mentions, resolved, resolvedBy, resolvedAt, editedAt } }, { runValidators: true })
        .exec();
      if (result.matchedCount === 0) throw new NotFound('comment', comment.id);
    });
  }

  async listBySegment(segmentId: string): Promise<SegmentComment[]> {
    const docs = await this.comments.find({ segmentId }).sort({ createdAt: 1, seq: 1 }).lean<SegmentCommentDoc[]>().exec();
    return docs.map(fromSegmentCommentDoc);
  }

  async countByDocument(documentId: string): Promise<SegmentCommentCount[]> {
    const groups = await this.comments
      .aggregate<CountGroup>([
        { $match: { documentId } },
        {
          $group: {
            _id: '$segmentId',
            comments: { $sum: 1 },
            openThreads: { $sum: { $cond: [{ $and: [{ $eq: ['$threadId', '$_id'] }, { $eq: ['$resolved', false] }] }, 1, 0] } },
          },
        },
        { $sort: { _id: 1 } },
      ])
      .exec();
    return groups.map((group) => ({ segmentId: group._id, comments: group.comments, openThreads: group.openThreads }));
  }
}

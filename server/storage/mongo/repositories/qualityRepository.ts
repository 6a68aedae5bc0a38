// LQA annotations and post-edit distances (schemas/quality.ts).
import type { Model } from 'mongoose';
import { NotFound } from '../../../domain/errors';
import type { LqaAnnotation, PostEditRecord } from '../../../domain/quality/types';
import type { LqaAnnotationRepository, PostEditRepository } from '../../../ports/qualityRepository';
import { guard } from '../errors';
import { fromLqaAnnotationDoc, fromPostEditDoc, toLqaAnnotationDoc, toPostEditDoc, type LqaAnnotationDoc, type PostEditDoc } from '../schemas/quality';
import type { SegmentDoc } from '../schemas/segments';
import { distinct } from './shared';

async function requireSegment(segments: Model<SegmentDoc>, segmentId: string): Promise<void> {
  if ((await segments.countDocuments({ _id: segmentId }).exec()) === 0) throw new NotFound('segment');
}

export class MongoLqaAnnotationRepository implements LqaAnnotationRepository {
  constructor(
    private readonly annotations: Model<LqaAnnotationDoc>,
    private readonly segments: Model<SegmentDoc>,
  ) {}

  async create(annotation: LqaAnnotation): Promise<void> {
    await requireSegment(this.segments, annotation.segmentId);
    await guard('annotation', () => this.annotations.create(toLqaAnnotationDoc(annotation)));
  }

  async findById(id: string): Promise<LqaAnnotation | null> {
    const doc = await this.annotations.findById(id).lean<LqaAnnotationDoc>().exec();
    return doc ? fromLqaAnnotationDoc(doc) : null;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.annotations.deleteOne({ _id: id }).exec();
    return result.deletedCount > 0;
  }

  async listBySegment(segmentId: string): Promise<LqaAnnotation[]> {
    const docs = await this.annotations.find({ segmentId }).sort({ createdAt: 1, _id: 1 }).lean<LqaAnnotationDoc[]>().exec();
    return docs.map(fromLqaAnnotationDoc);
  }

  async listByDocuments(documentIds: readonly string[]): Promise<LqaAnnotation[]> {
    if (documentIds.length === 0) return [];
    const docs = await this.annotations
      .find({ documentId: { $in: distinct(documentIds) } })
      .sort({ createdAt: 1, _id: 1 })
      .lean<LqaAnnotationDoc[]>()
      .exec();
    return docs.map(fromLqaAnnotationDoc);
  }
}

export class MongoPostEditRepository implements PostEditRepository {
  constructor(
    private readonly postEdits: Model<PostEditDoc>,
    private readonly segments: Model<SegmentDoc>,
  ) {}

  async upsert(record: PostEditRecord): Promise<void> {
    await requireSegment(this.segments, record.segmentId);
    const { _id, ...fields } = toPostEditDoc(record);
    await guard('post-edit record', () => this.postEdits.updateOne({ _id }, { $set: fields }, { upsert: true, runValidators: true }).exec());
  }

  async listByDocuments(documentIds: readonly string[]): Promise<PostEditRecord[]> {
    if (documentIds.length === 0) return [];
    const docs = await this.postEdits
      .find({ documentId: { $in: distinct(documentIds) } })
      .sort({ at: 1, segmentId: 1, stage: 1 })
      .lean<PostEditDoc[]>()
      .exec();
    return docs.map(fromPostEditDoc);
  }
}

import type { Model } from 'mongoose';
import { NotFound } from '../../../domain/errors';
import { emptyQaSummary, type DocumentQaSummary, type QaResult } from '../../../domain/qa/results';
import type { QaResultRepository } from '../../../ports/qaResultRepository';
import { duplicateKey, guard } from '../errors';
import { fromSegmentQaDoc, toSegmentQaDoc, type SegmentQaDoc } from '../schemas/segmentQa';
import type { SegmentDoc } from '../schemas/segments';
import { distinct } from './shared';

interface SummaryGroup {
  _id: string;
  errors: number;
  warnings: number;
  infos: number;
  segmentsWithErrors: number;
}

export class MongoQaResultRepository implements QaResultRepository {
  constructor(
    private readonly results: Model<SegmentQaDoc>,
    private readonly segments: Model<SegmentDoc>,
  ) {}

  async upsertMany(results: readonly QaResult[]): Promise<void> {
    if (results.length === 0) return;
    const segmentIds = distinct(results.map((result) => result.segmentId));
    const existing = await this.segments.countDocuments({ _id: { $in: segmentIds } }).exec();
    if (existing !== segmentIds.length) throw new NotFound('segment');
    // Each result replaces the stored one only if that checked the same or an older segment version; when
    // a newer one is stored, the filter misses, the upsert's insert hits the _id and is dropped (11000).
    for (const result of results) {
      const { _id, ...fields } = toSegmentQaDoc(result);
      await guard('segment qa result', async () => {
        try {
          await this.results
            .updateOne({ _id, version: { $lte: result.version } }, { $set: fields }, { upsert: true, runValidators: true })
            .exec();
        } catch (error) {
          if (!duplicateKey(error)) throw error;
        }
      });
    }
  }

  async findBySegment(segmentId: string): Promise<QaResult | null> {
    const doc = await this.results.findById(segmentId).lean<SegmentQaDoc>().exec();
    return doc ? fromSegmentQaDoc(doc) : null;
  }

  async findBySegments(segmentIds: readonly string[]): Promise<QaResult[]> {
    if (segmentIds.length === 0) return [];
    const docs = await this.results.find({ _id: { $in: distinct(segmentIds) } }).lean<SegmentQaDoc[]>().exec();
    const found = new Map(docs.map((doc) => [doc._id, fromSegmentQaDoc(doc)]));
    return distinct(segmentIds).flatMap((id) => found.get(id) ?? []);
  }

  async summarizeByDocuments(documentIds: readonly string[]): Promise<DocumentQaSummary[]> {
    if (documentIds.length === 0) return [];
    const groups = await this.results
      .aggregate<SummaryGroup>([
        { $match: { documentId: { $in: distinct(documentIds) } } },
        {
          $group: {
            _id: '$documentId',
            errors: { $sum: '$errors' },
            warnings: { $sum: '$warnings' },
            infos: { $sum: '$infos' },
            segmentsWithErrors: { $sum: { $cond: [{ $gt: ['$errors', 0] }, 1, 0] } },
          },
        },
      ])
      .exec();
    const byDocument = new Map(groups.map((group) => [group._id, group]));
    return documentIds.map((documentId): DocumentQaSummary => {
      const group = byDocument.get(documentId);
      if (!group) return emptyQaSummary(documentId);
      return { documentId, errors: group.errors, warnings: group.warnings, infos: group.infos, segmentsWithErrors: group.segmentsWithErrors };
    });
  }
}

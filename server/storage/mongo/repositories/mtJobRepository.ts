import type { Model } from 'mongoose';
import { NotFound } from '../../../domain/errors';
import type { MtJob } from '../../../domain/jobs/types';
import type { MtJobRepository } from '../../../ports/repositories';
import { guard } from '../errors';
import type { CounterDoc } from '../schemas/counters';
import type { DocumentDoc } from '../schemas/documents';
import { fromMtJobDoc, mtJobFields, toMtJobDoc, type MtJobDoc } from '../schemas/mtJobs';
import { MongoJobLeases } from './jobLeases';
import { reserveSequence } from './shared';

const UNFINISHED = ['queued', 'running'] as const;

export const JOB_SEQUENCE = 'mtJobs';

export class MongoMtJobRepository extends MongoJobLeases<MtJobDoc, MtJob> implements MtJobRepository {
  constructor(
    jobs: Model<MtJobDoc>,
    private readonly counters: Model<CounterDoc>,
    private readonly documents: Model<DocumentDoc>,
  ) {
    super(jobs, 'mt job', fromMtJobDoc, mtJobFields);
  }

  /** Throws NotFound when the job's document does not exist (there are no foreign keys to do it). */
  async create(job: MtJob): Promise<void> {
    await guard('mt job', async () => {
      if (!(await this.documents.exists({ _id: job.documentId }).exec())) throw new NotFound('document', job.documentId);
      const seq = await reserveSequence(this.counters, JOB_SEQUENCE, 1);
      await this.jobs.create(toMtJobDoc(job, seq));
    });
  }

  async findById(id: string): Promise<MtJob | null> {
    const doc = await this.jobs.findById(id).lean<MtJobDoc>().exec();
    return doc ? fromMtJobDoc(doc) : null;
  }

  /** Replaces every domain field; the job keeps its place in creation order (`seq`). */
  async update(job: MtJob): Promise<void> {
    const result = await guard('mt job', () =>
      this.jobs.updateOne({ _id: job.id }, { $set: mtJobFields(job) }, { runValidators: true }).exec(),
    );
    if (result.matchedCount === 0) throw new NotFound('mt job', job.id);
  }

  async latestForDocument(documentId: string): Promise<MtJob | null> {
    const doc = await this.jobs.findOne({ documentId }).sort({ createdAt: -1, seq: -1 }).lean<MtJobDoc>().exec();
    return doc ? fromMtJobDoc(doc) : null;
  }

  async listUnfinished(): Promise<MtJob[]> {
    const docs = await this.jobs.find({ status: { $in: [...UNFINISHED] } })
      .sort({ createdAt: 1, seq: 1 })
      .lean<MtJobDoc[]>()
      .exec();
    return docs.map(fromMtJobDoc);
  }
}

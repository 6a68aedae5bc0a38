import type { Model } from 'mongoose';
import { NotFound } from '../../../domain/errors';
import type { TmImportJob } from '../../../domain/jobs/types';
import type { TmImportJobRepository } from '../../../ports/tmImportJobRepository';
import { guard } from '../errors';
import type { CounterDoc } from '../schemas/counters';
import type { ProjectDoc } from '../schemas/projects';
import { fromTmImportJobDoc, tmImportJobFields, toTmImportJobDoc, type TmImportJobDoc } from '../schemas/tmImportJobs';
import { MongoJobLeases } from './jobLeases';
import { reserveSequence } from './shared';

const UNFINISHED = ['queued', 'running'] as const;

export const TM_IMPORT_JOB_SEQUENCE = 'tmImportJobs';

export class MongoTmImportJobRepository extends MongoJobLeases<TmImportJobDoc, TmImportJob> implements TmImportJobRepository {
  constructor(
    jobs: Model<TmImportJobDoc>,
    private readonly counters: Model<CounterDoc>,
    private readonly projects: Model<ProjectDoc>,
  ) {
    super(jobs, 'tm import job', fromTmImportJobDoc, tmImportJobFields);
  }

  /** Throws NotFound when the project does not exist (there are no foreign keys to do it). */
  async create(job: TmImportJob): Promise<void> {
    await guard('tm import job', async () => {
      if (!(await this.projects.exists({ _id: job.projectId }).exec())) throw new NotFound('project', job.projectId);
      const seq = await reserveSequence(this.counters, TM_IMPORT_JOB_SEQUENCE, 1);
      await this.jobs.create(toTmImportJobDoc(job, seq));
    });
  }

  async findById(id: string): Promise<TmImportJob | null> {
    const doc = await this.jobs.findById(id).lean<TmImportJobDoc>().exec();
    return doc ? fromTmImportJobDoc(doc) : null;
  }

  async update(job: TmImportJob): Promise<void> {
    const result = await guard('tm import job', () =>
      this.jobs.updateOne({ _id: job.id }, { $set: tmImportJobFields(job) }, { runValidators: true }).exec(),
    );
    if (result.matchedCount === 0) throw new NotFound('tm_import', job.id);
  }

  async listUnfinished(): Promise<TmImportJob[]> {
    const docs = await this.jobs.find({ status: { $in: [...UNFINISHED] } })
      .sort({ createdAt: 1, seq: 1 })
      .lean<TmImportJobDoc[]>()
      .exec();
    return docs.map(fromTmImportJobDoc);
  }
}

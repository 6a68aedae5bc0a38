// Job leases (ports/jobLeases.ts) over a job collection with the lease fields of schemas/jobLease.ts.
// A claim is one findOneAndUpdate whose filter requires a free lease: MongoDB applies it to the single
// document atomically, so of two instances claiming at once one matches and the other finds nothing.
import type { FilterQuery, Model, UpdateQuery } from 'mongoose';
import type { JobLease, JobLeaseRepository } from '../../../ports/jobLeases';
import { guard } from '../errors';
import { toDate } from '../schemas/common';
import type { JobLeaseFields } from '../schemas/jobLease';

const UNFINISHED = ['queued', 'running'] as const;

/** Partial: mongoose fills the lease fields' defaults when a job is created. */
type LeasedDoc = Partial<JobLeaseFields> & { _id: string };

/** Unfinished, and never claimed, released, or expired at `now`. */
const free = (now: string) => ({
  status: { $in: [...UNFINISHED] },
  $or: [{ leaseOwner: null }, { leaseExpiresAt: { $lte: toDate(now) } }],
});

const held = (lease: JobLease) => ({ _id: lease.jobId, leaseOwner: lease.owner, leaseVersion: lease.version });

/** The lease half of a job repository; `fieldsOf` is what the repository's `update` sets. */
export class MongoJobLeases<D extends LeasedDoc, J extends { id: string }> implements JobLeaseRepository<J> {
  constructor(
    protected readonly jobs: Model<D>,
    private readonly entity: string,
    private readonly fromDoc: (doc: D) => J,
    private readonly fieldsOf: (job: J) => object,
  ) {}

  async claim(jobId: string, owner: string, now: string, expiresAt: string): Promise<JobLease | null> {
    const filter = { _id: jobId, ...free(now) } as FilterQuery<D>;
    const update = { $set: { leaseOwner: owner, leaseExpiresAt: toDate(expiresAt) }, $inc: { leaseVersion: 1 } } as UpdateQuery<D>;
    const doc = await this.jobs.findOneAndUpdate(filter, update, { new: true, projection: { leaseVersion: 1 } }).lean<JobLeaseFields>().exec();
    return doc ? { jobId, owner, version: doc.leaseVersion } : null;
  }

  async renew(lease: JobLease, expiresAt: string): Promise<boolean> {
    const result = await this.jobs.updateOne(held(lease) as FilterQuery<D>, { $set: { leaseExpiresAt: toDate(expiresAt) } } as UpdateQuery<D>).exec();
    return result.matchedCount > 0;
  }

  async release(lease: JobLease): Promise<void> {
    await this.jobs.updateOne(held(lease) as FilterQuery<D>, { $set: { leaseOwner: null, leaseExpiresAt: null } } as UpdateQuery<D>).exec();
  }

  async updateLeased(job: J, lease: JobLease): Promise<boolean> {
    const result = await guard(this.entity, () =>
      this.jobs.updateOne(held(lease) as FilterQuery<D>, { $set: this.fieldsOf(job) } as UpdateQuery<D>, { runValidators: true }).exec(),
    );
    return result.matchedCount > 0;
  }

  async listClaimable(now: string): Promise<J[]> {
    const docs = await this.jobs.find(free(now) as FilterQuery<D>).sort({ createdAt: 1, seq: 1 }).lean<D[]>().exec();
    return docs.map(this.fromDoc);
  }
}

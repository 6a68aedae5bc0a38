// Failed sign-in attempts in MongoDB (ports/loginAttempts.ts, schemas/loginFailures.ts).
import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import type { LoginAttemptStore } from '../../../ports/loginAttempts';
import { fromDate, toDate } from '../schemas/common';
import type { LoginFailureDoc } from '../schemas/loginFailures';

export class MongoLoginAttemptRepository implements LoginAttemptStore {
  constructor(private readonly failures: Model<LoginFailureDoc>) {}

  async countFailures(key: string, since: string): Promise<number> {
    return this.failures.countDocuments({ key, at: { $gt: toDate(since) } }).exec();
  }

  async oldestFailure(key: string, since: string): Promise<string | null> {
    const oldest = await this.failures.findOne({ key, at: { $gt: toDate(since) } }, { at: 1 }).sort({ at: 1 }).lean<Pick<LoginFailureDoc, 'at'>>().exec();
    return oldest ? fromDate(oldest.at) : null;
  }

  async recordFailure(key: string, at: string): Promise<void> {
    await this.failures.create({ _id: randomUUID(), key, at: toDate(at) });
  }

  async clear(key: string): Promise<void> {
    await this.failures.deleteMany({ key }).exec();
  }

  async prune(before: string): Promise<number> {
    const result = await this.failures.deleteMany({ at: { $lte: toDate(before) } }).exec();
    return result.deletedCount;
  }
}

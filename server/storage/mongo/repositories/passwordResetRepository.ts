import type { Model } from 'mongoose';
import { NotFound } from '../../../domain/errors';
import type { PasswordReset } from '../../../domain/users/types';
import type { PasswordResetRepository } from '../../../ports/passwordResetRepository';
import { guard } from '../errors';
import { fromPasswordResetDoc, toPasswordResetDoc, type PasswordResetDoc } from '../schemas/passwordResets';
import type { UserDoc } from '../schemas/users';

export class MongoPasswordResetRepository implements PasswordResetRepository {
  constructor(
    private readonly resets: Model<PasswordResetDoc>,
    private readonly users: Model<UserDoc>,
  ) {}

  async create(reset: PasswordReset): Promise<void> {
    await guard('password_reset', async () => {
      if (!(await this.users.exists({ _id: reset.userId }).exec())) throw new NotFound('user', reset.userId);
      await this.resets.create(toPasswordResetDoc(reset));
    });
  }

  async findById(id: string): Promise<PasswordReset | null> {
    const doc = await this.resets.findById(id).lean<PasswordResetDoc>().exec();
    return doc ? fromPasswordResetDoc(doc) : null;
  }

  async consume(id: string, at: string): Promise<boolean> {
    const result = await this.resets.updateOne({ _id: id, usedAt: null }, { $set: { usedAt: new Date(at) } }).exec();
    return result.modifiedCount === 1;
  }

  async deleteUnusedForUser(userId: string): Promise<number> {
    const result = await this.resets.deleteMany({ userId, usedAt: null }).exec();
    return result.deletedCount;
  }
}

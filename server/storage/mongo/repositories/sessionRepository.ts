import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import { NotFound } from '../../../domain/errors';
import type { AuthSession } from '../../../domain/users/types';
import type { SessionRepository, SessionSelection } from '../../../ports/repositories';
import { guard } from '../errors';
import { fromSessionDoc, toSessionDoc, type SessionDoc } from '../schemas/sessions';
import type { UserDoc } from '../schemas/users';

export class MongoSessionRepository implements SessionRepository {
  constructor(
    private readonly sessions: Model<SessionDoc>,
    private readonly users: Model<UserDoc>,
  ) {}

  /** Throws NotFound when the user does not exist (there are no foreign keys to do it). */
  async create(session: AuthSession): Promise<void> {
    const doc = toSessionDoc(session);
    await guard('session', async () => {
      if (!(await this.users.exists({ _id: session.userId }).exec())) throw new NotFound('user', session.userId);
      await this.sessions.create(doc);
    });
  }

  /** Returns the stored session even past `expiresAt` (the TTL monitor removes it within a minute); callers check expiry. */
  async findById(id: string): Promise<AuthSession | null> {
    const doc = await this.sessions.findOne({ publicId: id }).lean<SessionDoc>().exec();
    return doc ? fromSessionDoc(doc) : null;
  }

  async findBySecretHash(secretHash: string): Promise<AuthSession | null> {
    const doc = await this.sessions.findById(secretHash).lean<SessionDoc>().exec();
    return doc ? fromSessionDoc(doc) : null;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.sessions.deleteOne({ publicId: id }).exec();
    return result.deletedCount > 0;
  }

  async deleteByUser(userId: string, selection: SessionSelection = {}): Promise<AuthSession[]> {
    const filter = {
      userId,
      ...(selection.kind ? { kind: selection.kind } : {}),
      ...(selection.exceptId ? { publicId: { $ne: selection.exceptId } } : {}),
    };
    const docs = await this.sessions.find(filter).lean<SessionDoc[]>().exec();
    if (docs.length === 0) return [];
    // Deletes exactly what was read: a session created meanwhile is left for the next call.
    await this.sessions.deleteMany({ _id: { $in: docs.map((doc) => doc._id) } }).exec();
    return docs.map(fromSessionDoc);
  }

  async listTokens(userId: string | null): Promise<AuthSession[]> {
    const filter = userId === null ? { kind: 'token' } : { kind: 'token', userId };
    const docs = await this.sessions.find(filter).sort({ createdAt: 1, publicId: 1 }).lean<SessionDoc[]>().exec();
    return docs.map(fromSessionDoc);
  }

  async touch(id: string, at: string): Promise<void> {
    await this.sessions.updateOne({ publicId: id }, { $set: { lastUsedAt: new Date(at) } }).exec();
  }
}

/** Gives every session stored before public ids existed one of its own (idempotent; run at start). */
export async function backfillSessionPublicIds(sessions: Model<SessionDoc>): Promise<number> {
  const missing = await sessions.find({ publicId: { $exists: false } }, { _id: 1 }).lean<Pick<SessionDoc, '_id'>[]>().exec();
  for (const doc of missing) {
    await sessions.updateOne({ _id: doc._id, publicId: { $exists: false } }, { $set: { publicId: randomUUID(), lastUsedAt: null } }).exec();
  }
  return missing.length;
}

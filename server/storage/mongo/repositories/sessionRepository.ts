import type { Model } from 'mongoose';
import { NotFound } from '../../../domain/errors';
import type { AuthSession } from '../../../domain/users/types';
import type { SessionRepository } from '../../../ports/repositories';
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
    const doc = await this.sessions.findById(id).lean<SessionDoc>().exec();
    return doc ? fromSessionDoc(doc) : null;
  }

  async delete(id: string): Promise<void> {
    await this.sessions.deleteOne({ _id: id }).exec();
  }
}

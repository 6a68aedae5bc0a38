import type { Connection, Model } from 'mongoose';
import { Conflict, NotFound } from '../../../domain/errors';
import { isActiveAdmin, type User } from '../../../domain/users/types';
import type { UserRepository } from '../../../ports/repositories';
import { duplicateKey, guard } from '../errors';
import type { CounterDoc } from '../schemas/counters';
import { fromUserDoc, toUserDoc, type UserDoc } from '../schemas/users';
import { distinct, inRequestOrder } from './shared';

/**
 * A counter every transaction that takes admin rights away increments: two such transactions write the
 * same document, so one of them fails and retries, and then sees the other's change (snapshot
 * isolation alone would let both pass and leave no admin).
 */
export const ADMIN_GUARD_COUNTER = 'users.adminGuard';

/** Older documents have no `active` field: they are active. */
const ACTIVE = { active: { $ne: false } } as const;

export class MongoUserRepository implements UserRepository {
  constructor(
    private readonly users: Model<UserDoc>,
    private readonly connection?: Connection,
    private readonly counters?: Model<CounterDoc>,
  ) {}

  async create(user: User): Promise<void> {
    const doc = toUserDoc(user);
    await guard('user', async () => {
      try {
        await this.users.create(doc);
      } catch (error) {
        if (duplicateKey(error)?.field === 'email') {
          throw new Conflict('e-mail already registered', { email: doc.email }, 'email_taken');
        }
        throw error;
      }
    });
  }

  async findById(id: string): Promise<User | null> {
    const doc = await this.users.findById(id).lean<UserDoc>().exec();
    return doc ? fromUserDoc(doc) : null;
  }

  async findByEmail(email: string): Promise<User | null> {
    const doc = await this.users.findOne({ email: email.toLowerCase() }).lean<UserDoc>().exec();
    return doc ? fromUserDoc(doc) : null;
  }

  async findByIds(ids: readonly string[]): Promise<User[]> {
    if (ids.length === 0) return [];
    const docs = await this.users.find({ _id: { $in: distinct(ids) } }).lean<UserDoc[]>().exec();
    return inRequestOrder(ids, docs.map(fromUserDoc));
  }

  count(): Promise<number> {
    return this.users.countDocuments({}).exec();
  }

  async list(): Promise<User[]> {
    const docs = await this.users.find({}).lean<UserDoc[]>().exec();
    // Sorted here, not by the server: the same case-insensitive order as the SQLite store.
    return docs.map(fromUserDoc).sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.email.localeCompare(b.email));
  }

  async update(user: User): Promise<void> {
    const { connection, counters } = this;
    if (!connection || !counters) throw new Error('MongoUserRepository.update needs the connection and the counters model');
    const { name, roles, passwordHash, active } = toUserDoc(user);
    await guard('user', () =>
      connection.transaction(async (session) => {
        const stored = await this.users.findById(user.id).session(session).lean<UserDoc>().exec();
        if (!stored) throw new NotFound('user', user.id);
        if (isActiveAdmin(fromUserDoc(stored)) && !isActiveAdmin(user)) {
          await counters.updateOne({ _id: ADMIN_GUARD_COUNTER }, { $inc: { seq: 1 } }, { upsert: true, session }).exec();
          const others = await this.users.countDocuments({ _id: { $ne: user.id }, roles: 'admin', ...ACTIVE }).session(session).exec();
          if (others === 0) throw new Conflict('the last active admin must stay an active admin', { userId: user.id }, 'last_admin');
        }
        await this.users.updateOne({ _id: user.id }, { $set: { name, roles, passwordHash, active } }, { runValidators: true, session }).exec();
      }),
    );
  }
}

import type { Model } from 'mongoose';
import { Conflict } from '../../../domain/errors';
import type { User } from '../../../domain/users/types';
import type { UserRepository } from '../../../ports/repositories';
import { duplicateKey, guard } from '../errors';
import { fromUserDoc, toUserDoc, type UserDoc } from '../schemas/users';
import { distinct, inRequestOrder } from './shared';

export class MongoUserRepository implements UserRepository {
  constructor(private readonly users: Model<UserDoc>) {}

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
}

import { Conflict } from '../../domain/errors';
import type { Role, User } from '../../domain/users/types';
import type { UserRepository } from '../../ports/repositories';
import type { Db } from './database';
import { inRequestedOrder, isUniqueViolation, jsonList, toDomainError } from './shared';

interface UserRow {
  id: string;
  email: string;
  name: string;
  roles: string;
  password_hash: string;
  created_at: string;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  roles: JSON.parse(row.roles) as Role[],
  passwordHash: row.password_hash,
  createdAt: row.created_at,
});

export function createUserRepository(db: Db): UserRepository {
  const insert = db.prepare(
    `INSERT INTO users (id, email, name, roles, password_hash, created_at)
     VALUES (@id, @email, @name, @roles, @passwordHash, @createdAt)`,
  );
  const byId = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const byEmail = db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?');
  const byIds = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id IN (SELECT value FROM json_each(?))');
  const all = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY name COLLATE NOCASE, email');
  const countAll = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users');

  return {
    async create(user) {
      const email = user.email.toLowerCase();
      try {
        insert.run({ ...user, email, roles: JSON.stringify(user.roles) });
      } catch (error) {
        if (isUniqueViolation(error) && (error as Error).message.includes('users.email')) {
          throw new Conflict('e-mail already registered', { email }, 'email_taken');
        }
        throw toDomainError(error);
      }
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toUser(row) : null;
    },
    async findByEmail(email) {
      const row = byEmail.get(email.toLowerCase());
      return row ? toUser(row) : null;
    },
    async findByIds(ids) {
      if (ids.length === 0) return [];
      return inRequestedOrder(ids, byIds.all(jsonList(ids)).map(toUser));
    },
    async count() {
      return countAll.get()?.n ?? 0;
    },
    async list() {
      return all.all().map(toUser);
    },
  };
}

import { Conflict, NotFound } from '../../domain/errors';
import { isActiveAdmin, type Role, type User } from '../../domain/users/types';
import type { UserRepository } from '../../ports/repositories';
import type { Db } from './database';
import { inRequestedOrder, isUniqueViolation, jsonList, toDomainError, writeTransaction } from './shared';

interface UserRow {
  id: string;
  email: string;
  name: string;
  roles: string;
  password_hash: string;
  active: number;
  created_at: string;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  roles: JSON.parse(row.roles) as Role[],
  passwordHash: row.password_hash,
  active: row.active === 1,
  createdAt: row.created_at,
});

/** Active admins other than `userId`: with none, that user must stay an active admin. */
const OTHER_ACTIVE_ADMINS = `SELECT COUNT(*) AS n FROM users
  WHERE id <> ? AND active = 1 AND EXISTS (SELECT 1 FROM json_each(users.roles) WHERE value = 'admin')`;

export function createUserRepository(db: Db): UserRepository {
  const insert = db.prepare(
    `INSERT INTO users (id, email, name, roles, password_hash, active, created_at)
     VALUES (@id, @email, @name, @roles, @passwordHash, @active, @createdAt)`,
  );
  const byId = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const byEmail = db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?');
  const byIds = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id IN (SELECT value FROM json_each(?))');
  const all = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY name COLLATE NOCASE, email');
  const countAll = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users');
  const otherActiveAdmins = db.prepare<[string], { n: number }>(OTHER_ACTIVE_ADMINS);
  const replace = db.prepare(
    `UPDATE users SET name = @name, roles = @roles, password_hash = @passwordHash, active = @active WHERE id = @id`,
  );

  const update = writeTransaction(db, (user: User) => {
    const stored = byId.get(user.id);
    if (!stored) throw new NotFound('user', user.id);
    if (isActiveAdmin(toUser(stored)) && !isActiveAdmin(user) && (otherActiveAdmins.get(user.id)?.n ?? 0) === 0) {
      throw new Conflict('the last active admin must stay an active admin', { userId: user.id }, 'last_admin');
    }
    replace.run({ id: user.id, name: user.name, roles: JSON.stringify(user.roles), passwordHash: user.passwordHash, active: user.active ? 1 : 0 });
  });

  return {
    async create(user) {
      const email = user.email.toLowerCase();
      try {
        insert.run({ ...user, email, roles: JSON.stringify(user.roles), active: user.active ? 1 : 0 });
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
    async update(user) {
      // IMMEDIATE: the check and the write happen under the write lock, so another process cannot
      // demote the other admin in between.
      update(user);
    },
  };
}

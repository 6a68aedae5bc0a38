import { NotFound } from '../../domain/errors';
import type { PasswordReset } from '../../domain/users/types';
import type { PasswordResetRepository } from '../../ports/passwordResetRepository';
import type { Db } from './database';
import { toDomainError } from './shared';

interface PasswordResetRow {
  id: string;
  secret_hash: string;
  user_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

const toReset = (row: PasswordResetRow): PasswordReset => ({
  id: row.id,
  secretHash: row.secret_hash,
  userId: row.user_id,
  createdBy: row.created_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
});

export function createPasswordResetRepository(db: Db): PasswordResetRepository {
  const insert = db.prepare(
    `INSERT INTO password_resets (id, secret_hash, user_id, created_by, created_at, expires_at, used_at)
     VALUES (@id, @secretHash, @userId, @createdBy, @createdAt, @expiresAt, @usedAt)`,
  );
  const byId = db.prepare<[string], PasswordResetRow>('SELECT * FROM password_resets WHERE id = ?');
  const consume = db.prepare<[string, string]>('UPDATE password_resets SET used_at = ? WHERE id = ? AND used_at IS NULL');
  const removeUnused = db.prepare<[string]>('DELETE FROM password_resets WHERE user_id = ? AND used_at IS NULL');

  return {
    async create(reset) {
      try {
        insert.run(reset);
      } catch (error) {
        throw toDomainError(error, () => new NotFound('user', reset.userId));
      }
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toReset(row) : null;
    },
    async consume(id, at) {
      return consume.run(at, id).changes === 1;
    },
    async deleteUnusedForUser(userId) {
      return removeUnused.run(userId).changes;
    },
  };
}

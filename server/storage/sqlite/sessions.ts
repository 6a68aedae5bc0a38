import { NotFound } from '../../domain/errors';
import type { AuthSession } from '../../domain/users/types';
import type { SessionRepository } from '../../ports/repositories';
import type { Db } from './database';
import { toDomainError } from './shared';

interface SessionRow {
  id: string;
  user_id: string;
  kind: string;
  name: string | null;
  created_at: string;
  expires_at: string | null;
}

const toSession = (row: SessionRow): AuthSession => ({
  id: row.id,
  userId: row.user_id,
  kind: row.kind as AuthSession['kind'],
  name: row.name,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

export function createSessionRepository(db: Db): SessionRepository {
  const insert = db.prepare(
    `INSERT INTO sessions (id, user_id, kind, name, created_at, expires_at)
     VALUES (@id, @userId, @kind, @name, @createdAt, @expiresAt)`,
  );
  const byId = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM sessions WHERE id = ?');

  return {
    async create(session) {
      try {
        insert.run(session);
      } catch (error) {
        throw toDomainError(error, () => new NotFound('user', session.userId));
      }
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toSession(row) : null;
    },
    async delete(id) {
      remove.run(id);
    },
  };
}

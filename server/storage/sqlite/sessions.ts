import { NotFound } from '../../domain/errors';
import type { AuthSession } from '../../domain/users/types';
import type { SessionRepository } from '../../ports/repositories';
import type { Db } from './database';
import { toDomainError, writeTransaction } from './shared';

interface SessionRow {
  id: string;
  secret_hash: string;
  user_id: string;
  kind: string;
  name: string | null;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
}

const toSession = (row: SessionRow): AuthSession => ({
  id: row.id,
  secretHash: row.secret_hash,
  userId: row.user_id,
  kind: row.kind as AuthSession['kind'],
  name: row.name,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  lastUsedAt: row.last_used_at,
});

export function createSessionRepository(db: Db): SessionRepository {
  const insert = db.prepare(
    `INSERT INTO sessions (id, secret_hash, user_id, kind, name, created_at, expires_at, last_used_at)
     VALUES (@id, @secretHash, @userId, @kind, @name, @createdAt, @expiresAt, @lastUsedAt)`,
  );
  const byId = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?');
  const bySecretHash = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE secret_hash = ?');
  const remove = db.prepare<[string]>('DELETE FROM sessions WHERE id = ?');
  const ofUser = db.prepare<{ userId: string; kind: string | null; exceptId: string | null }, SessionRow>(
    `SELECT * FROM sessions WHERE user_id = @userId AND (@kind IS NULL OR kind = @kind) AND (@exceptId IS NULL OR id <> @exceptId)`,
  );
  const removeIds = db.prepare<[string]>('DELETE FROM sessions WHERE id IN (SELECT value FROM json_each(?))');
  const tokensOf = db.prepare<[string], SessionRow>(`SELECT * FROM sessions WHERE kind = 'token' AND user_id = ? ORDER BY created_at, id`);
  const allTokens = db.prepare<[], SessionRow>(`SELECT * FROM sessions WHERE kind = 'token' ORDER BY created_at, id`);
  const touch = db.prepare<[string, string]>('UPDATE sessions SET last_used_at = ? WHERE id = ?');

  const deleteByUser = writeTransaction(db, (userId: string, kind: string | null, exceptId: string | null) => {
    const rows = ofUser.all({ userId, kind, exceptId });
    if (rows.length > 0) removeIds.run(JSON.stringify(rows.map((row) => row.id)));
    return rows.map(toSession);
  });

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
    async findBySecretHash(secretHash) {
      const row = bySecretHash.get(secretHash);
      return row ? toSession(row) : null;
    },
    async delete(id) {
      return remove.run(id).changes > 0;
    },
    async deleteByUser(userId, selection = {}) {
      return deleteByUser(userId, selection.kind ?? null, selection.exceptId ?? null);
    },
    async listTokens(userId) {
      return (userId === null ? allTokens.all() : tokensOf.all(userId)).map(toSession);
    },
    async touch(id, at) {
      touch.run(at, id);
    },
  };
}

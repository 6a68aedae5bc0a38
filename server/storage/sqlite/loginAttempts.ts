// Failed sign-in attempts in SQLite (ports/loginAttempts.ts, table login_failures of migration 013):
// one row per failure, read by key within a window through the (key, at) index.
import type { LoginAttemptStore } from '../../ports/loginAttempts';
import type { Db } from './database';

export function createLoginAttemptStore(db: Db): LoginAttemptStore {
  const count = db.prepare<[string, string], { failures: number }>('SELECT COUNT(*) AS failures FROM login_failures WHERE key = ? AND at > ?');
  const oldest = db.prepare<[string, string], { at: string | null }>('SELECT MIN(at) AS at FROM login_failures WHERE key = ? AND at > ?');
  const insert = db.prepare<[string, string]>('INSERT INTO login_failures (key, at) VALUES (?, ?)');
  const clear = db.prepare<[string]>('DELETE FROM login_failures WHERE key = ?');
  const prune = db.prepare<[string]>('DELETE FROM login_failures WHERE at <= ?');

  return {
    async countFailures(key, since) {
      return count.get(key, since)?.failures ?? 0;
    },
    async oldestFailure(key, since) {
      return oldest.get(key, since)?.at ?? null;
    },
    async recordFailure(key, at) {
      insert.run(key, at);
    },
    async clear(key) {
      clear.run(key);
    },
    async prune(before) {
      return prune.run(before).changes;
    },
  };
}

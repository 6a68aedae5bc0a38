import type { MtCacheEntry, MtCacheRepository } from '../../ports/repositories';
import type { Db } from './database';
import { jsonList, writeTransaction } from './shared';

export function createMtCacheRepository(db: Db): MtCacheRepository {
  const lookup = db.prepare<[string], { key: string; translation: string }>(
    'SELECT key, translation FROM mt_cache WHERE key IN (SELECT value FROM json_each(?))',
  );
  // First translation wins: a key already paid for is never overwritten.
  const insert = db.prepare<[string, string]>('INSERT OR IGNORE INTO mt_cache (key, translation) VALUES (?, ?)');
  const putTx = writeTransaction(db, (entries: readonly MtCacheEntry[]) => {
    for (const entry of entries) insert.run(entry.key, entry.translation);
  });

  return {
    async getMany(keys) {
      if (keys.length === 0) return new Map();
      return new Map(lookup.all(jsonList(keys)).map((row) => [row.key, row.translation]));
    },
    async putMany(entries) {
      putTx(entries);
    },
  };
}

import type { Model } from 'mongoose';
import type { MtCacheEntry, MtCacheRepository } from '../../../ports/repositories';
import { duplicateKey, guard } from '../errors';
import type { MtCacheDoc } from '../schemas/mtCache';
import { distinct } from './shared';

export class MongoMtCacheRepository implements MtCacheRepository {
  constructor(private readonly cache: Model<MtCacheDoc>) {}

  async getMany(keys: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    if (keys.length === 0) return found;
    const docs = await this.cache.find({ _id: { $in: distinct(keys) } }).lean<MtCacheDoc[]>().exec();
    for (const doc of docs) found.set(doc._id, doc.translation);
    return found;
  }

  async putMany(entries: readonly MtCacheEntry[]): Promise<void> {
    // The first entry of a key wins, inside one call as across calls: later duplicates are dropped
    // here, and `$setOnInsert` never touches a key that is already stored.
    const firstPerKey = new Map<string, string>();
    for (const entry of entries) if (!firstPerKey.has(entry.key)) firstPerKey.set(entry.key, entry.translation);
    if (firstPerKey.size === 0) return;
    const operations = [...firstPerKey].map(([key, translation]) => ({
      updateOne: { filter: { _id: key }, update: { $setOnInsert: { translation } }, upsert: true },
    }));
    await guard('mt cache entry', async () => {
      try {
        await this.cache.bulkWrite(operations, { ordered: false });
      } catch (error) {
        // Two processes inserting the same key at once: one upsert loses with 11000, and the key
        // holds the other's translation, which is what "first wins" asks for.
        if (isOnlyDuplicateKeys(error)) return;
        throw error;
      }
    });
  }
}

function isOnlyDuplicateKeys(error: unknown): boolean {
  if (!duplicateKey(error)) return false;
  const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
  if (!Array.isArray(writeErrors)) return (error as { code?: unknown }).code === 11000;
  return writeErrors.every((w) => ((w as { code?: unknown; err?: { code?: unknown } }).code ?? (w as { err?: { code?: unknown } }).err?.code) === 11000);
}

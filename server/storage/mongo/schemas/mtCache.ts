// mtCache: translations already paid for, keyed by the cache key itself (`_id`). The first one wins.
import { Schema } from 'mongoose';
import type { MtCacheEntry } from '../../../ports/repositories';
import { allowEmptyString, collectionOptions } from './common';

export interface MtCacheDoc {
  _id: string;
  translation: string;
}

export const mtCacheSchema = new Schema<MtCacheDoc>(
  {
    _id: { type: String, required: true },
    translation: { type: String, required: true },
  },
  collectionOptions('mtCache'),
);
allowEmptyString(mtCacheSchema, 'translation');

export const toMtCacheDoc = (entry: MtCacheEntry): MtCacheDoc => ({ _id: entry.key, translation: entry.translation });
export const fromMtCacheDoc = (doc: MtCacheDoc): MtCacheEntry => ({ key: doc._id, translation: doc.translation });

// deeplGlossaries: per project (keyed by the project id), the DeepL glossary holding its approved terms.
import { Schema } from 'mongoose';
import type { DeeplGlossaryState } from '../../../domain/glossary/types';
import { collectionOptions, fromDate, orNull, toDate } from './common';

export interface DeeplGlossaryDoc {
  /** The project id. */
  _id: string;
  deeplGlossaryId: string | null;
  syncedHash: string;
  syncedAt: Date;
}

export const deeplGlossarySchema = new Schema<DeeplGlossaryDoc>(
  {
    _id: { type: String, required: true },
    deeplGlossaryId: { type: String, default: null },
    syncedHash: { type: String, required: true },
    syncedAt: { type: Date, required: true },
  },
  collectionOptions('deeplGlossaries'),
);

export const toDeeplGlossaryDoc = (state: DeeplGlossaryState): DeeplGlossaryDoc => ({
  _id: state.projectId,
  deeplGlossaryId: state.deeplGlossaryId,
  syncedHash: state.syncedHash,
  syncedAt: toDate(state.syncedAt),
});

export const fromDeeplGlossaryDoc = (doc: DeeplGlossaryDoc): DeeplGlossaryState => ({
  projectId: doc._id,
  deeplGlossaryId: orNull(doc.deeplGlossaryId),
  syncedHash: doc.syncedHash,
  syncedAt: fromDate(doc.syncedAt),
});

// documents: the skeleton and counters of a submitted document; its segments live in `segments`.
import { Schema } from 'mongoose';
import { DOCUMENT_FORMATS, revisionOf, type DocumentFormat, type DocumentRecord } from '../../../domain/documents/types';
import { type TmAnalysis } from '../../../domain/tm/types';
import { allowEmptyString, collectionOptions, count, fromDate, fromNullableDate, integer, toDate, toNullableDate } from './common';

export interface DocumentDoc {
  _id: string;
  projectId: string;
  title: string;
  format: DocumentFormat;
  skeleton: string;
  dueDate: Date | null;
  billedCharacters: number;
  sentCharacters: number;
  segmentCount: number;
  /** The TM analysis made at submission (a plain object), null when none was made. */
  analysis?: TmAnalysis | null;
  /** The source revision (1 as submitted); absent on documents stored before revisions existed. */
  revision?: number;
  createdBy: string;
  createdAt: Date;
}

export const documentSchema = new Schema<DocumentDoc>(
  {
    _id: { type: String, required: true },
    projectId: { type: String, required: true },
    title: { type: String, required: true },
    format: { type: String, required: true, enum: DOCUMENT_FORMATS },
    skeleton: { type: String, required: true },
    dueDate: { type: Date, default: null },
    billedCharacters: count(),
    sentCharacters: count(),
    segmentCount: count(),
    analysis: { type: Schema.Types.Mixed, default: null },
    revision: { type: Number, default: 1, min: 1, validate: integer },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  collectionOptions('documents'),
);
allowEmptyString(documentSchema, 'skeleton');
documentSchema.index({ projectId: 1, createdAt: 1 });

export const toDocumentDoc = (document: DocumentRecord): DocumentDoc => ({
  _id: document.id,
  projectId: document.projectId,
  title: document.title,
  format: document.format,
  skeleton: document.skeleton,
  dueDate: toNullableDate(document.dueDate),
  billedCharacters: document.billedCharacters,
  sentCharacters: document.sentCharacters,
  segmentCount: document.segmentCount,
  analysis: document.analysis ?? null,
  revision: revisionOf(document),
  createdBy: document.createdBy,
  createdAt: toDate(document.createdAt),
});

export const fromDocumentDoc = (doc: DocumentDoc): DocumentRecord => ({
  id: doc._id,
  projectId: doc.projectId,
  title: doc.title,
  format: doc.format,
  skeleton: doc.skeleton,
  dueDate: fromNullableDate(doc.dueDate),
  billedCharacters: doc.billedCharacters,
  // documents stored before sent characters were counted: what was billed is all that is known
  sentCharacters: doc.sentCharacters ?? doc.billedCharacters,
  segmentCount: doc.segmentCount,
  ...(doc.analysis ? { analysis: doc.analysis } : {}),
  ...(doc.revision !== undefined && doc.revision > 1 ? { revision: doc.revision } : {}),
  createdBy: doc.createdBy,
  createdAt: fromDate(doc.createdAt),
});

// documents: the skeleton and counters of a submitted document; its segments live in `segments`.
import { Schema } from 'mongoose';
import { DOCUMENT_FORMATS, type DocumentFormat, type DocumentRecord } from '../../../domain/types';
import { allowEmptyString, collectionOptions, count, fromDate, fromNullableDate, toDate, toNullableDate } from './common';

export interface DocumentDoc {
  _id: string;
  projectId: string;
  title: string;
  format: DocumentFormat;
  skeleton: string;
  dueDate: Date | null;
  billedCharacters: number;
  segmentCount: number;
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
    segmentCount: count(),
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
  segmentCount: document.segmentCount,
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
  segmentCount: doc.segmentCount,
  createdBy: doc.createdBy,
  createdAt: fromDate(doc.createdAt),
});

// documentRevisions: what each source revision of a document did. The lists of changed, new and removed
// segments and the memory analysis are plain objects, written once and read whole.
import { Schema } from 'mongoose';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../../../domain/documents/types';
import type { DocumentRevision, RemovedSegment, RevisedSegment, RevisionCounts } from '../../../domain/revisions/types';
import type { TmAnalysis } from '../../../domain/tm/types';
import { SEGMENT_STATES } from '../../../domain/workflow/states';
import { collectionOptions, count, embeddedOptions, fromDate, integer, orNull, toDate } from './common';

export interface DocumentRevisionDoc {
  _id: string;
  documentId: string;
  projectId: string;
  number: number;
  format: DocumentFormat;
  createdBy: string;
  createdAt: Date;
  counts: RevisionCounts;
  wordsToReview: number;
  newWords: number;
  removedWords: number;
  segmentCount: number;
  changed: RevisedSegment[];
  added: string[];
  removed: RemovedSegment[];
  analysis: TmAnalysis;
}

const countsSchema = new Schema<RevisionCounts>(
  { unchanged: count(), changed: count(), new: count(), removed: count() },
  embeddedOptions,
);

const revisedSchema = new Schema<RevisedSegment>(
  {
    segmentId: { type: String, required: true },
    index: count(),
    previousSource: { type: String, required: true },
    source: { type: String, required: true },
    previousState: { type: String, required: true, enum: SEGMENT_STATES },
  },
  embeddedOptions,
);

const removedSchema = new Schema<RemovedSegment>(
  {
    segmentId: { type: String, required: true },
    index: count(),
    source: { type: String, required: true },
    target: { type: String, default: null },
    state: { type: String, required: true, enum: SEGMENT_STATES },
  },
  embeddedOptions,
);

export const documentRevisionSchema = new Schema<DocumentRevisionDoc>(
  {
    _id: { type: String, required: true },
    documentId: { type: String, required: true },
    projectId: { type: String, required: true },
    number: { type: Number, required: true, min: 2, validate: integer },
    format: { type: String, required: true, enum: DOCUMENT_FORMATS },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    counts: { type: countsSchema, required: true },
    wordsToReview: count(),
    newWords: count(),
    removedWords: count(),
    segmentCount: count(),
    changed: { type: [revisedSchema], required: true },
    added: { type: [String], required: true },
    removed: { type: [removedSchema], required: true },
    analysis: { type: Schema.Types.Mixed, required: true },
  },
  collectionOptions('documentRevisions'),
);
documentRevisionSchema.index({ documentId: 1, number: 1 }, { unique: true });

export const toDocumentRevisionDoc = (revision: DocumentRevision): DocumentRevisionDoc => ({
  _id: revision.id,
  documentId: revision.documentId,
  projectId: revision.projectId,
  number: revision.number,
  format: revision.format,
  createdBy: revision.createdBy,
  createdAt: toDate(revision.createdAt),
  counts: { ...revision.counts },
  wordsToReview: revision.wordsToReview,
  newWords: revision.newWords,
  removedWords: revision.removedWords,
  segmentCount: revision.segmentCount,
  changed: revision.changed.map((segment) => ({ ...segment })),
  added: [...revision.added],
  removed: revision.removed.map((segment) => ({ ...segment })),
  analysis: revision.analysis,
});

export const fromDocumentRevisionDoc = (doc: DocumentRevisionDoc): DocumentRevision => ({
  id: doc._id,
  documentId: doc.documentId,
  projectId: doc.projectId,
  number: doc.number,
  format: doc.format,
  createdBy: doc.createdBy,
  createdAt: fromDate(doc.createdAt),
  counts: { unchanged: doc.counts.unchanged, changed: doc.counts.changed, new: doc.counts.new, removed: doc.counts.removed },
  wordsToReview: doc.wordsToReview,
  newWords: doc.newWords,
  removedWords: doc.removedWords,
  segmentCount: doc.segmentCount,
  changed: doc.changed.map((segment) => ({ segmentId: segment.segmentId, index: segment.index, previousSource: segment.previousSource, source: segment.source, previousState: segment.previousState })),
  added: [...doc.added],
  removed: doc.removed.map((segment) => ({ segmentId: segment.segmentId, index: segment.index, source: segment.source, target: orNull(segment.target), state: segment.state })),
  analysis: doc.analysis,
});

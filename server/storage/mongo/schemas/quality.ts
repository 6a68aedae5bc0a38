// lqaAnnotations: a reviewer's MQM annotations of segments; postEdits: the post-edit distance of a
// segment per stage (confirm, approve), keyed by "<segmentId>:<stage>" so measuring again replaces it.
import { Schema } from 'mongoose';
import { LQA_SEVERITIES, POST_EDIT_STAGES, PROPOSAL_ORIGINS, type LqaAnnotation, type LqaSeverity, type PostEditRecord, type PostEditStage, type ProposalOrigin, type TargetSpan } from '../../../domain/quality/types';
import type { TmBand } from '../../../domain/tm/score';
import { collectionOptions, count, embeddedOptions, fromDate, integer, orNull, toDate } from './common';

const TM_BANDS: readonly TmBand[] = ['101', '100', '95-99', '85-94', '75-84', '50-74'];

export interface LqaAnnotationDoc {
  _id: string;
  segmentId: string;
  documentId: string;
  projectId: string;
  category: string;
  severity: LqaSeverity;
  comment: string | null;
  span: TargetSpan | null;
  segmentVersion: number;
  target: string | null;
  authorId: string;
  createdAt: Date;
}

const spanSchema = new Schema<TargetSpan>({ start: count(), end: count() }, embeddedOptions);

export const lqaAnnotationSchema = new Schema<LqaAnnotationDoc>(
  {
    _id: { type: String, required: true },
    segmentId: { type: String, required: true },
    documentId: { type: String, required: true },
    projectId: { type: String, required: true },
    category: { type: String, required: true },
    severity: { type: String, required: true, enum: LQA_SEVERITIES },
    comment: { type: String, default: null },
    span: { type: spanSchema, default: null },
    segmentVersion: { type: Number, required: true, min: 1, validate: integer },
    target: { type: String, default: null },
    authorId: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  collectionOptions('lqaAnnotations'),
);
lqaAnnotationSchema.index({ segmentId: 1, createdAt: 1, _id: 1 });
lqaAnnotationSchema.index({ documentId: 1, createdAt: 1, _id: 1 });

export const toLqaAnnotationDoc = (annotation: LqaAnnotation): LqaAnnotationDoc => ({
  _id: annotation.id,
  segmentId: annotation.segmentId,
  documentId: annotation.documentId,
  projectId: annotation.projectId,
  category: annotation.category,
  severity: annotation.severity,
  comment: annotation.comment,
  span: annotation.span ? { start: annotation.span.start, end: annotation.span.end } : null,
  segmentVersion: annotation.segmentVersion,
  target: annotation.target,
  authorId: annotation.authorId,
  createdAt: toDate(annotation.createdAt),
});

export const fromLqaAnnotationDoc = (doc: LqaAnnotationDoc): LqaAnnotation => ({
  id: doc._id,
  segmentId: doc.segmentId,
  documentId: doc.documentId,
  projectId: doc.projectId,
  category: doc.category,
  severity: doc.severity,
  comment: orNull(doc.comment),
  span: doc.span ? { start: doc.span.start, end: doc.span.end } : null,
  segmentVersion: doc.segmentVersion,
  target: orNull(doc.target),
  authorId: doc.authorId,
  createdAt: fromDate(doc.createdAt),
});

export interface PostEditDoc {
  _id: string;
  segmentId: string;
  stage: PostEditStage;
  documentId: string;
  projectId: string;
  origin: ProposalOrigin;
  band: TmBand | null;
  translatorId: string | null;
  actorId: string;
  distance: number;
  ratio: number;
  words: number;
  at: Date;
}

export const postEditSchema = new Schema<PostEditDoc>(
  {
    _id: { type: String, required: true },
    segmentId: { type: String, required: true },
    stage: { type: String, required: true, enum: POST_EDIT_STAGES },
    documentId: { type: String, required: true },
    projectId: { type: String, required: true },
    origin: { type: String, required: true, enum: PROPOSAL_ORIGINS },
    band: { type: String, default: null, enum: [...TM_BANDS, null] },
    translatorId: { type: String, default: null },
    actorId: { type: String, required: true },
    distance: count(),
    ratio: { type: Number, required: true, min: 0, max: 1 },
    words: count(),
    at: { type: Date, required: true },
  },
  collectionOptions('postEdits'),
);
postEditSchema.index({ documentId: 1, at: 1 });

export const postEditDocId = (segmentId: string, stage: PostEditStage): string => `${segmentId}:${stage}`;

export const toPostEditDoc = (record: PostEditRecord): PostEditDoc => ({
  _id: postEditDocId(record.segmentId, record.stage),
  segmentId: record.segmentId,
  stage: record.stage,
  documentId: record.documentId,
  projectId: record.projectId,
  origin: record.origin,
  band: record.band,
  translatorId: record.translatorId,
  actorId: record.actorId,
  distance: record.distance,
  ratio: record.ratio,
  words: record.words,
  at: toDate(record.at),
});

export const fromPostEditDoc = (doc: PostEditDoc): PostEditRecord => ({
  segmentId: doc.segmentId,
  documentId: doc.documentId,
  projectId: doc.projectId,
  stage: doc.stage,
  origin: doc.origin,
  band: orNull(doc.band),
  translatorId: orNull(doc.translatorId),
  actorId: doc.actorId,
  distance: doc.distance,
  ratio: doc.ratio,
  words: doc.words,
  at: fromDate(doc.at),
});

// segmentQa: the stored QA result of a segment, keyed by the segment's id. Counts are fields so a
// document's statistics are one aggregation over the documentId index.
import { Schema } from 'mongoose';
import type { QaResult } from '../../../domain/qa/results';
import { QA_SEVERITIES, type QaIssue } from '../../../domain/qa/types';
import { collectionOptions, count, embeddedOptions, fromDate, integer, orNull, toDate } from './common';

export interface SegmentQaDoc {
  _id: string;
  documentId: string;
  version: number;
  issues: QaIssue[];
  errors: number;
  warnings: number;
  infos: number;
  overrideReason: string | null;
  checkedAt: Date;
}

const issueSchema = new Schema<QaIssue>(
  {
    check: { type: String, required: true },
    severity: { type: String, required: true, enum: QA_SEVERITIES },
    code: { type: String, required: true },
    params: { type: Schema.Types.Mixed, default: () => ({}) },
  },
  embeddedOptions,
);

export const segmentQaSchema = new Schema<SegmentQaDoc>(
  {
    _id: { type: String, required: true },
    documentId: { type: String, required: true },
    version: { type: Number, required: true, min: 1, validate: integer },
    issues: { type: [issueSchema], default: () => [] },
    errors: count(),
    warnings: count(),
    infos: count(),
    overrideReason: { type: String, default: null },
    checkedAt: { type: Date, required: true },
  },
  collectionOptions('segmentQa'),
);
segmentQaSchema.index({ documentId: 1 });

export const toSegmentQaDoc = (result: QaResult): SegmentQaDoc => ({
  _id: result.segmentId,
  documentId: result.documentId,
  version: result.version,
  issues: result.issues.map((issue) => ({ check: issue.check, severity: issue.severity, code: issue.code, params: { ...issue.params } })),
  errors: result.errors,
  warnings: result.warnings,
  infos: result.infos,
  overrideReason: result.overrideReason,
  checkedAt: toDate(result.checkedAt),
});

export const fromSegmentQaDoc = (doc: SegmentQaDoc): QaResult => ({
  segmentId: doc._id,
  documentId: doc.documentId,
  version: doc.version,
  issues: (doc.issues ?? []).map((issue) => ({ check: issue.check, severity: issue.severity, code: issue.code, params: { ...(issue.params ?? {}) } })),
  errors: doc.errors,
  warnings: doc.warnings,
  infos: doc.infos,
  overrideReason: orNull(doc.overrideReason),
  checkedAt: fromDate(doc.checkedAt),
});

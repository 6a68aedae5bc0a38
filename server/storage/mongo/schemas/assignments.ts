// assignments: who translates and reviews which segments of a document, by when. A whole-document
// assignment has no range (firstIndex and lastIndex null).
import { Schema } from 'mongoose';
import type { Assignment } from '../../../domain/assignments/types';
import { collectionOptions, fromDate, fromNullableDate, integer, orNull, toDate, toNullableDate } from './common';

export interface AssignmentDoc {
  _id: string;
  projectId: string;
  documentId: string;
  firstIndex: number | null;
  lastIndex: number | null;
  translatorId: string | null;
  reviewerId: string | null;
  translationDue: Date | null;
  reviewDue: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** A segment index, or null on both ends for the whole document. */
const index = { type: Number, default: null, min: 0, validate: { ...integer, validator: (value: unknown) => value === null || integer.validator(value) } };

export const assignmentSchema = new Schema<AssignmentDoc>(
  {
    _id: { type: String, required: true },
    projectId: { type: String, required: true },
    documentId: { type: String, required: true },
    firstIndex: index,
    lastIndex: index,
    translatorId: { type: String, default: null },
    reviewerId: { type: String, default: null },
    translationDue: { type: Date, default: null },
    reviewDue: { type: Date, default: null },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    version: { type: Number, required: true, min: 1, validate: integer },
  },
  collectionOptions('assignments'),
);
assignmentSchema.index({ documentId: 1 });
assignmentSchema.index({ translatorId: 1 });
assignmentSchema.index({ reviewerId: 1 });
assignmentSchema.index({ translationDue: 1 });
assignmentSchema.index({ reviewDue: 1 });

export const toAssignmentDoc = (assignment: Assignment): AssignmentDoc => ({
  _id: assignment.id,
  projectId: assignment.projectId,
  documentId: assignment.documentId,
  firstIndex: assignment.range?.first ?? null,
  lastIndex: assignment.range?.last ?? null,
  translatorId: assignment.translatorId,
  reviewerId: assignment.reviewerId,
  translationDue: toNullableDate(assignment.translationDue),
  reviewDue: toNullableDate(assignment.reviewDue),
  createdBy: assignment.createdBy,
  createdAt: toDate(assignment.createdAt),
  updatedAt: toDate(assignment.updatedAt),
  version: assignment.version,
});

export const fromAssignmentDoc = (doc: AssignmentDoc): Assignment => ({
  id: doc._id,
  projectId: doc.projectId,
  documentId: doc.documentId,
  range: doc.firstIndex == null || doc.lastIndex == null ? null : { first: doc.firstIndex, last: doc.lastIndex },
  translatorId: orNull(doc.translatorId),
  reviewerId: orNull(doc.reviewerId),
  translationDue: fromNullableDate(doc.translationDue),
  reviewDue: fromNullableDate(doc.reviewDue),
  createdBy: doc.createdBy,
  createdAt: fromDate(doc.createdAt),
  updatedAt: fromDate(doc.updatedAt),
  version: doc.version,
});

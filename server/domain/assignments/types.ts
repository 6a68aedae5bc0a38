// Who does what by when: a coordinator assigns a document, or a range of its segments, to a translator
// and a reviewer (project members), with a due date per step. Plain data; both stores return exactly these.
import type { Timestamp } from '../common';

/** The two steps of an assignment: translating the range, then reviewing it. */
export const ASSIGNMENT_STEPS = ['translation', 'review'] as const;
export type AssignmentStep = (typeof ASSIGNMENT_STEPS)[number];

/** Segments by their 0-based index in the document, both ends included. */
export interface SegmentRange {
  first: number;
  last: number;
}

export interface Assignment {
  id: string;
  projectId: string;
  documentId: string;
  /** The segments assigned; null for the whole document. */
  range: SegmentRange | null;
  /** Who translates the range and who reviews it; at least one of the two is set. */
  translatorId: string | null;
  reviewerId: string | null;
  translationDue: Timestamp | null;
  reviewDue: Timestamp | null;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Increments on every change; a change based on an older version is refused. */
  version: number;
}

/** The person a step is assigned to. */
export const assigneeOf = (assignment: Pick<Assignment, 'translatorId' | 'reviewerId'>, step: AssignmentStep): string | null =>
  step === 'translation' ? assignment.translatorId : assignment.reviewerId;

/** The due date of a step. */
export const dueOf = (assignment: Pick<Assignment, 'translationDue' | 'reviewDue'>, step: AssignmentStep): Timestamp | null =>
  step === 'translation' ? assignment.translationDue : assignment.reviewDue;

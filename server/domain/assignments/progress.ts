// How far an assignment is, and what is late: the translation step is done for a segment once it is
// confirmed (translated, approved or locked), the review step once it is approved or locked. Counts are
// segments and source words of the assigned range.
import type { Timestamp } from '../common';
import type { Segment } from '../segments/types';
import { isDone, isInTranslation } from '../workflow/states';
import { coversIndex } from './ranges';
import { ASSIGNMENT_STEPS, dueOf, type Assignment, type AssignmentStep } from './types';

export interface DoneOfTotal {
  done: number;
  total: number;
}

export interface StepProgress {
  segments: DoneOfTotal;
  words: DoneOfTotal;
  /** Every segment of the range is done for this step (an empty range is complete). */
  complete: boolean;
}

export type AssignmentProgress = Record<AssignmentStep, StepProgress>;

export type ProgressSegment = Pick<Segment, 'index' | 'state' | 'wordCount'>;

const STEP_DONE: Record<AssignmentStep, (segment: ProgressSegment) => boolean> = {
  translation: (segment) => !isInTranslation(segment.state),
  review: (segment) => isDone(segment.state),
};

/** The progress of each step over the assignment's range of `segments` (a document's segments). */
export function assignmentProgress(assignment: Pick<Assignment, 'range'>, segments: readonly ProgressSegment[]): AssignmentProgress {
  const progress = {} as AssignmentProgress;
  const mine = segments.filter((segment) => coversIndex(assignment.range, segment.index));
  for (const step of ASSIGNMENT_STEPS) {
    const done = mine.filter(STEP_DONE[step]);
    progress[step] = {
      segments: { done: done.length, total: mine.length },
      words: { done: done.reduce((sum, s) => sum + s.wordCount, 0), total: mine.reduce((sum, s) => sum + s.wordCount, 0) },
      complete: done.length === mine.length,
    };
  }
  return progress;
}

/** A step is late when its due date has passed and it is not complete. */
export function isStepLate(assignment: Pick<Assignment, 'translationDue' | 'reviewDue'>, step: AssignmentStep, progress: AssignmentProgress, now: Date): boolean {
  const due = dueOf(assignment, step);
  return due !== null && !progress[step].complete && Date.parse(due) < now.getTime();
}

/** One step of one assignment, seen by the person who does it ("My work"). */
export interface WorkStep {
  step: AssignmentStep;
  due: Timestamp | null;
  late: boolean;
  progress: StepProgress;
  /** Where the document stands among the person's documents: its creation time, then its id. */
  documentCreatedAt: Timestamp;
  documentId: string;
  /** The first segment index of the range (0 for a whole document). */
  firstIndex: number;
}

const NO_DUE = Number.POSITIVE_INFINITY;

/**
 * The order in which to do one's work: unfinished before finished, late first, then by due date
 * (undated last), then in document order (older documents first, within one by segment range).
 */
export function compareWork(a: WorkStep, b: WorkStep): number {
  const unfinished = Number(a.progress.complete) - Number(b.progress.complete);
  if (unfinished !== 0) return unfinished;
  const late = Number(b.late) - Number(a.late);
  if (late !== 0) return late;
  const dueA = a.due === null ? NO_DUE : Date.parse(a.due);
  const dueB = b.due === null ? NO_DUE : Date.parse(b.due);
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  if (a.documentCreatedAt !== b.documentCreatedAt) return a.documentCreatedAt < b.documentCreatedAt ? -1 : 1;
  if (a.documentId !== b.documentId) return a.documentId < b.documentId ? -1 : 1;
  if (a.firstIndex !== b.firstIndex) return a.firstIndex - b.firstIndex;
  // Translating a range comes before reviewing it.
  return ASSIGNMENT_STEPS.indexOf(a.step) - ASSIGNMENT_STEPS.indexOf(b.step);
}

// Segment ranges of assignments: which segments one covers, and whether two would share a segment.
import { InvalidInput } from '../errors';
import type { Assignment, SegmentRange } from './types';

/** The range as indexes of a document with `segmentCount` segments (a whole-document assignment covers all). */
export const resolvedRange = (range: SegmentRange | null, segmentCount: number): SegmentRange =>
  range ?? { first: 0, last: Math.max(0, segmentCount - 1) };

export const coversIndex = (range: SegmentRange | null, index: number): boolean =>
  range === null || (index >= range.first && index <= range.last);

/** Whether two assignments of one document would share a segment. */
export function rangesOverlap(a: SegmentRange | null, b: SegmentRange | null): boolean {
  if (a === null || b === null) return true;
  return a.first <= b.last && b.first <= a.last;
}

/** Throws InvalidInput `invalid_range` unless the range lies within the document, first ≤ last. */
export function checkRange(range: SegmentRange | null, segmentCount: number): void {
  if (range === null) return;
  const { first, last } = range;
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 0 || last < first || last >= segmentCount) {
    throw new InvalidInput(`segments ${first}–${last} are not a range of this document (0–${segmentCount - 1})`, { first, last, segmentCount }, 'invalid_range');
  }
}

/** The assignment of `assignments` that covers the segment at `index`, if any (ranges never overlap). */
export const assignmentAt = <T extends Pick<Assignment, 'range'>>(assignments: readonly T[], index: number): T | null =>
  assignments.find((assignment) => coversIndex(assignment.range, index)) ?? null;

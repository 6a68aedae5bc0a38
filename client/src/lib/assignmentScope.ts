// Assignments in the workspace, as the server's policy decides them (server/policies/assignments.ts): a
// translator works on their own range and on unassigned segments; another translator's range is read-only
// unless the project allows editing outside one's assignment; coordinators and admins work anywhere.
import type { Assignment, SegmentRange } from '../api/collaborationTypes';

type Covering = Pick<Assignment, 'range' | 'translator' | 'reviewer'>;

export const coversIndex = (range: SegmentRange | null, index: number): boolean => range === null || (index >= range.first && index <= range.last);

/** The assignment covering the segment at `index`, if any. */
export const assignmentAt = <T extends Pick<Assignment, 'range'>>(assignments: readonly T[], index: number): T | null =>
  assignments.find((assignment) => coversIndex(assignment.range, index)) ?? null;

export interface ScopeRights {
  userId: string;
  /** Coordinators and admins work anywhere. */
  manages: boolean;
  /** The project's setting allowEditOutsideAssignment. */
  allowOutside: boolean;
}

/** Whether the segment at `index` is someone else's to translate (read-only for me). */
export function isOthersSegment(assignments: readonly Covering[], index: number, rights: ScopeRights): boolean {
  if (rights.manages || rights.allowOutside) return false;
  const covering = assignmentAt(assignments, index);
  if (!covering || covering.translator === null) return false;
  return covering.translator.id !== rights.userId && covering.reviewer?.id !== rights.userId;
}

/** Whether the segment at `index` lies in a range assigned to me (to translate or to review). */
export function isMine(assignments: readonly Covering[], index: number, userId: string): boolean {
  const covering = assignmentAt(assignments, index);
  return covering !== null && (covering.translator?.id === userId || covering.reviewer?.id === userId);
}

/** "Segments 4–9" style bounds, 1-based as people count; null for the whole document. */
export const rangeNumbers = (range: SegmentRange | null): { first: number; last: number } | null =>
  range === null ? null : { first: range.first + 1, last: range.last + 1 };

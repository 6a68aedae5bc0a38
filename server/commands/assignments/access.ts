// Loading what an assignment command needs, with visibility checked once (as for the document), and the
// checks every new or changed assignment passes.
import type { Assignment } from '../../domain/assignments/types';
import { checkRange, rangesOverlap } from '../../domain/assignments/ranges';
import type { DocumentRecord } from '../../domain/documents/types';
import { Conflict, InvalidInput, NotFound } from '../../domain/errors';
import type { Project } from '../../domain/projects/types';
import type { Role, User } from '../../domain/users/types';
import { ASSIGNMENT_MANAGERS, checkAssignee } from '../../policies/assignments';
import { requireProjectRole } from '../../policies/projectAccess';
import type { CommandContext } from '../context';
import { loadDocument } from '../documents/access';

export interface AssignmentInDocument {
  assignment: Assignment;
  document: DocumentRecord;
  project: Project;
  roles: Role[];
}

/** The assignment with its document and project; NotFound (entity `assignment`) when either is missing or invisible. */
export async function loadAssignment(ctx: CommandContext, user: User, assignmentId: string): Promise<AssignmentInDocument> {
  const assignment = await ctx.store.assignments.findById(assignmentId);
  if (!assignment) throw new NotFound('assignment', assignmentId);
  try {
    return { assignment, ...(await loadDocument(ctx, user, assignment.documentId)) };
  } catch (error) {
    if (error instanceof NotFound) throw new NotFound('assignment', assignmentId);
    throw error;
  }
}

/** Throws Forbidden unless the user may assign work in the project (coordinators, admins). */
export const requireAssignmentManager = (user: User, project: Project): void =>
  void requireProjectRole(user, project, ASSIGNMENT_MANAGERS, 'assign work');

/** A due date as stored: the instant in UTC (ISO), so stores compare them as text. */
export const normalizeDue = (due: string | null): string | null => (due === null ? null : new Date(due).toISOString());

/**
 * The checks a new or changed assignment passes: someone is assigned, each assignee is a member with the
 * step's role, the range lies in the document and shares no segment with the document's other assignments.
 */
export async function checkAssignment(ctx: CommandContext, project: Project, document: DocumentRecord, assignment: Assignment): Promise<void> {
  if (assignment.translatorId === null && assignment.reviewerId === null) {
    throw new InvalidInput('an assignment needs a translator or a reviewer', undefined, 'assignment_needs_assignee');
  }
  checkRange(assignment.range, document.segmentCount);
  const people = await ctx.store.users.findByIds([assignment.translatorId, assignment.reviewerId].filter((id): id is string => id !== null));
  if (assignment.translatorId !== null) checkAssignee(project, people.find((p) => p.id === assignment.translatorId), 'translation');
  if (assignment.reviewerId !== null) checkAssignee(project, people.find((p) => p.id === assignment.reviewerId), 'review');
  const others = (await ctx.store.assignments.listByDocument(document.id)).filter((other) => other.id !== assignment.id);
  const overlapping = others.find((other) => rangesOverlap(other.range, assignment.range));
  if (overlapping) throw new Conflict('these segments are already assigned', { assignmentId: overlapping.id }, 'assignment_overlap');
}

// A document's assignments with the progress of each step, for everyone who may see the document.
import { assignmentProgress, isStepLate, type AssignmentProgress } from '../../domain/assignments/progress';
import { ASSIGNMENT_STEPS, type Assignment, type AssignmentStep } from '../../domain/assignments/types';
import type { Segment } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadDocument } from '../documents/access';

export interface AssignmentView {
  assignment: Assignment;
  progress: AssignmentProgress;
  late: Record<AssignmentStep, boolean>;
}

export interface DocumentAssignments {
  assignments: AssignmentView[];
  /** The assignees, by id. */
  people: Map<string, User>;
}

/** Each assignment with its progress over `segments` (its document's) and which steps are late now. */
export function viewAssignment(assignment: Assignment, segments: readonly Segment[], now: Date): AssignmentView {
  const progress = assignmentProgress(assignment, segments);
  const late = Object.fromEntries(ASSIGNMENT_STEPS.map((step) => [step, isStepLate(assignment, step, progress, now)])) as Record<AssignmentStep, boolean>;
  return { assignment, progress, late };
}

/** Everyone assigned in these assignments, by id. */
export async function assigneesOf(ctx: CommandContext, assignments: readonly Assignment[]): Promise<Map<string, User>> {
  const ids = new Set(assignments.flatMap((a) => [a.translatorId, a.reviewerId]).filter((id): id is string => id !== null));
  return new Map((await ctx.store.users.findByIds([...ids])).map((user) => [user.id, user]));
}

export async function listDocumentAssignments(ctx: CommandContext, props: { user: User; documentId: string }): Promise<DocumentAssignments> {
  await loadDocument(ctx, props.user, props.documentId);
  const assignments = await ctx.store.assignments.listByDocument(props.documentId);
  const segments = assignments.length > 0 ? await ctx.store.segments.listByDocument(props.documentId) : [];
  const now = ctx.clock.now();
  return { assignments: assignments.map((a) => viewAssignment(a, segments, now)), people: await assigneesOf(ctx, assignments) };
}

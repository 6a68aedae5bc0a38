// A coordinator changes an assignment (range, people, due dates) or removes it. A change based on an older
// version is refused with 409 assignment_changed.
import type { Assignment } from '../../domain/assignments/types';
import { Conflict, VersionConflict } from '../../domain/errors';
import type { User } from '../../domain/users/types';
import { nowIso, type CommandContext } from '../context';
import { notifyAssignees } from '../notifications/assignments';
import { checkAssignment, loadAssignment, normalizeDue, requireAssignmentManager } from './access';
import type { AssignmentFields } from './create';

export interface UpdateAssignmentProps extends Partial<AssignmentFields> {
  user: User;
  assignmentId: string;
  /** The version the client saw; absent: whatever is stored. */
  version?: number;
}

export interface AssignmentChange {
  before: Assignment;
  after: Assignment;
}

export async function updateAssignment(ctx: CommandContext, props: UpdateAssignmentProps): Promise<AssignmentChange> {
  const { assignment, document, project } = await loadAssignment(ctx, props.user, props.assignmentId);
  requireAssignmentManager(props.user, project);
  const expected = props.version ?? assignment.version;
  if (expected !== assignment.version) throw changedMeanwhile(assignment.id, expected, assignment.version);
  const after: Assignment = {
    ...assignment,
    range: props.range !== undefined ? props.range : assignment.range,
    translatorId: props.translatorId !== undefined ? props.translatorId : assignment.translatorId,
    reviewerId: props.reviewerId !== undefined ? props.reviewerId : assignment.reviewerId,
    translationDue: props.translationDue !== undefined ? normalizeDue(props.translationDue) : assignment.translationDue,
    reviewDue: props.reviewDue !== undefined ? normalizeDue(props.reviewDue) : assignment.reviewDue,
    updatedAt: nowIso(ctx),
    version: assignment.version + 1,
  };
  await checkAssignment(ctx, project, document, after);
  try {
    await ctx.store.assignments.update(after, expected);
  } catch (error) {
    if (error instanceof VersionConflict) throw changedMeanwhile(assignment.id, expected, error.actualVersion);
    throw error;
  }
  await notifyAssignees(ctx, after, props.user.id, assignment);
  return { before: assignment, after };
}

export async function deleteAssignment(ctx: CommandContext, props: { user: User; assignmentId: string }): Promise<void> {
  const { assignment, project } = await loadAssignment(ctx, props.user, props.assignmentId);
  requireAssignmentManager(props.user, project);
  await ctx.store.assignments.delete(assignment.id);
}

const changedMeanwhile = (id: string, expected: number, actual: number) =>
  new Conflict(`assignment ${id} is at version ${actual}, not ${expected}`, { assignmentId: id, expectedVersion: expected, actualVersion: actual }, 'assignment_changed');

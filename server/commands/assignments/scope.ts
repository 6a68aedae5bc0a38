// The assignment check of a translator's work on a segment (edit, confirm): a segment assigned to
// someone else is read-only unless the project allows otherwise (policies/assignments.ts).
import { Forbidden } from '../../domain/errors';
import { assignmentAt } from '../../domain/assignments/ranges';
import type { Project } from '../../domain/projects/types';
import type { Segment } from '../../domain/segments/types';
import type { Role, User } from '../../domain/users/types';
import type { SegmentAction } from '../../domain/workflow/transitions';
import { assignmentDecides, mayWorkInAssignment } from '../../policies/assignments';
import type { CommandContext } from '../context';

export interface ScopeRequest {
  user: User;
  roles: readonly Role[];
  project: Project;
  segment: Segment;
  action: SegmentAction;
}

/** Throws Forbidden `outside_assignment` when the segment's range is someone else's. */
export async function requireAssignmentScope(ctx: CommandContext, { user, roles, project, segment, action }: ScopeRequest): Promise<void> {
  if (!assignmentDecides(roles, project, action)) return;
  const covering = assignmentAt(await ctx.store.assignments.listByDocument(segment.documentId), segment.index);
  if (!mayWorkInAssignment(user, covering)) throw new Forbidden('this segment is assigned to someone else', 'outside_assignment');
}

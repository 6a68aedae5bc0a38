// Who may assign work, who may be assigned, and who may work on an assigned segment. Global roles and
// project roles count as in projectAccess.ts; the project's members are the only people work goes to.
import { InvalidInput } from '../domain/errors';
import type { Assignment, AssignmentStep } from '../domain/assignments/types';
import type { Project } from '../domain/projects/types';
import type { Role, User } from '../domain/users/types';
import type { SegmentAction } from '../domain/workflow/transitions';

/** Assigning, changing and removing assignments. */
export const ASSIGNMENT_MANAGERS: readonly Role[] = ['admin', 'coordinator'];

/** The role a step's assignee needs. */
export const STEP_ROLE: Record<AssignmentStep, Role> = { translation: 'translator', review: 'reviewer' };

/** The segment actions of a translator's work, which an assignment reserves for its people. */
const TRANSLATOR_WORK: readonly SegmentAction[] = ['edit', 'confirm'];

/**
 * Throws InvalidInput `assignee_not_member` unless `assignee` is a member of the project holding the
 * step's role (as a project role or a global one).
 */
export function checkAssignee(project: Project, assignee: User | undefined, step: AssignmentStep): void {
  const member = assignee ? project.members.find((m) => m.userId === assignee.id) : undefined;
  const roles = new Set([...(assignee?.roles ?? []), ...(member?.roles ?? [])]);
  if (!assignee || !member || !roles.has(STEP_ROLE[step])) {
    throw new InvalidInput(`the ${step} assignee must be a project member with the role ${STEP_ROLE[step]}`, { step }, 'assignee_not_member');
  }
}

/**
 * Whether assignments decide if this person may do `action` on a segment: only for a translator's work,
 * and not for coordinators and admins, nor in projects that allow editing outside one's assignment.
 */
export const assignmentDecides = (roles: readonly Role[], project: Project, action: SegmentAction): boolean =>
  TRANSLATOR_WORK.includes(action) && !roles.some((role) => ASSIGNMENT_MANAGERS.includes(role)) && project.settings.allowEditOutsideAssignment !== true;

/**
 * Where assignments decide: may this person work on a segment covered by `covering` (null: by none)? The
 * assignment's translator and reviewer may; others only when the range has no translator.
 */
export const mayWorkInAssignment = (user: User, covering: Pick<Assignment, 'translatorId' | 'reviewerId'> | null): boolean =>
  covering === null || covering.translatorId === null || covering.translatorId === user.id || covering.reviewerId === user.id;

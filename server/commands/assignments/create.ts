// A coordinator assigns a document, or a range of its segments, to a translator and a reviewer with a due
// date per step. The assignees are notified (commands/notifications/assignments.ts).
import type { Assignment, SegmentRange } from '../../domain/assignments/types';
import type { User } from '../../domain/users/types';
import { nowIso, type CommandContext } from '../context';
import { loadDocument } from '../documents/access';
import { notifyAssignees } from '../notifications/assignments';
import { checkAssignment, normalizeDue, requireAssignmentManager } from './access';

export interface AssignmentFields {
  /** null (or absent) for the whole document. */
  range: SegmentRange | null;
  translatorId: string | null;
  reviewerId: string | null;
  translationDue: string | null;
  reviewDue: string | null;
}

export interface CreateAssignmentProps extends AssignmentFields {
  user: User;
  documentId: string;
}

export async function createAssignment(ctx: CommandContext, props: CreateAssignmentProps): Promise<Assignment> {
  const { document, project } = await loadDocument(ctx, props.user, props.documentId);
  requireAssignmentManager(props.user, project);
  const at = nowIso(ctx);
  const assignment: Assignment = {
    id: ctx.ids.next(),
    projectId: project.id,
    documentId: document.id,
    range: props.range,
    translatorId: props.translatorId,
    reviewerId: props.reviewerId,
    translationDue: normalizeDue(props.translationDue),
    reviewDue: normalizeDue(props.reviewDue),
    createdBy: props.user.id,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await checkAssignment(ctx, project, document, assignment);
  await ctx.store.assignments.create(assignment);
  await notifyAssignees(ctx, assignment, props.user.id);
  return assignment;
}

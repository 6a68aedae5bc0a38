// Who hears of assignment changes: the people newly given a step (`assignment`), and a range's reviewer
// once its translation is complete (`ready_for_review`).
import { assignmentProgress } from '../../domain/assignments/progress';
import { coversIndex } from '../../domain/assignments/ranges';
import type { Assignment } from '../../domain/assignments/types';
import type { Segment } from '../../domain/segments/types';
import type { CommandContext } from '../context';
import { notify } from './notify';

/** The range as segment numbers (1-based, as people count them); nothing for a whole document. */
const rangeParams = (assignment: Assignment): Record<string, number> =>
  assignment.range === null ? {} : { firstSegment: assignment.range.first + 1, lastSegment: assignment.range.last + 1 };

/** Tells each person `after` gives a step that `before` (the assignment before a change, if any) did not. */
export async function notifyAssignees(ctx: CommandContext, after: Assignment, actorId: string, before: Assignment | null = null): Promise<void> {
  const document = await ctx.store.documents.findById(after.documentId);
  const base = { kind: 'assignment' as const, actorId, projectId: after.projectId, documentId: after.documentId, assignmentId: after.id };
  const title = document?.title ?? '';
  if (after.translatorId !== null && after.translatorId !== before?.translatorId) {
    await notify(ctx, [after.translatorId], { ...base, params: { documentTitle: title, step: 'translation', due: after.translationDue ?? '', ...rangeParams(after) } });
  }
  if (after.reviewerId !== null && after.reviewerId !== before?.reviewerId) {
    await notify(ctx, [after.reviewerId], { ...base, params: { documentTitle: title, step: 'review', due: after.reviewDue ?? '', ...rangeParams(after) } });
  }
}

/**
 * After `confirmed` (a segment just confirmed by `actorId`): the reviewer of the range it lies in is told
 * when that confirmation completed the range's translation.
 */
export async function notifyReadyForReview(ctx: CommandContext, confirmed: Segment, actorId: string): Promise<void> {
  const assignments = (await ctx.store.assignments.listByDocument(confirmed.documentId)).filter(
    (assignment) => assignment.reviewerId !== null && coversIndex(assignment.range, confirmed.index),
  );
  if (assignments.length === 0) return;
  const segments = await ctx.store.segments.listByDocument(confirmed.documentId);
  const document = await ctx.store.documents.findById(confirmed.documentId);
  for (const assignment of assignments) {
    if (!assignmentProgress(assignment, segments).translation.complete) continue;
    await notify(ctx, [assignment.reviewerId], {
      kind: 'ready_for_review',
      actorId,
      projectId: assignment.projectId,
      documentId: assignment.documentId,
      assignmentId: assignment.id,
      params: { documentTitle: document?.title ?? '', due: assignment.reviewDue ?? '', ...rangeParams(assignment) },
    });
  }
}

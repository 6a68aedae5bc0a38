// Many targets of one document saved in one step by one person (a returned XLIFF file): each is an
// edit by that person, and where asked also a confirm, through the same pieces as editSegment and
// confirmSegment — the transition table (buildChange), the version compare-and-set, the QA checks
// (stored with the saved text; errors keep a segment from being confirmed, it stays a draft), one
// history event per change and propagation of confirmed targets to their twins — but with one read of
// the document, one QA pass and transactions of about five hundred changes, so a file of 10,000 units is
// imported in under two seconds while the server keeps answering between the transactions. Each unit is
// an edit of its own: a crash part-way leaves the first units saved, and importing the same file again
// finishes it (a saved unit then has the file's text and counts as unchanged).
// A segment someone changed meanwhile is never overwritten: its text is kept as an edit_conflict event.
import { DomainError, Forbidden } from '../../domain/errors';
import { buildQaResult } from '../../domain/qa/results';
import type { Segment, SegmentEventAction, SegmentOrigin } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import { mayPerform } from '../../domain/workflow/transitions';
import { userActor } from '../../policies/projectAccess';
import type { SegmentChange } from '../../ports/repositories';
import { nowIso, type CommandContext } from '../context';
import { loadDocument } from '../documents/access';
import { findQaIssues } from '../qa/checkSegments';
import { buildChange } from './change';
import { lostEditEvent } from './edit';
import { propagateToTwinsOfMany } from './propagateToTwins';
import { applyInSlices } from './applyInSlices';
import { Slice } from '../../slices';
import { appendAll } from '../../domain/arrays';

export interface SegmentEdit {
  segmentId: string;
  target: string;
  /** The version the editor saw: another one is a conflict. */
  version: number;
  /** Also confirm the new target (it ends `translated` unless QA errors keep it a draft). */
  confirm: boolean;
}

export interface EditManyProps {
  user: User;
  documentId: string;
  edits: readonly SegmentEdit[];
  /** How the edits are recorded: the event action and the target's origin. */
  via: { action: SegmentEventAction; origin: SegmentOrigin };
  /**
   * The document's segments as the caller has just read them, to spare a second read of a large
   * document; a change made since is still caught by the version compare-and-set of the write.
   */
  segments?: readonly Segment[];
}

export interface EditManyResult {
  edited: Segment[];
  confirmed: Segment[];
  /** Edits not saved because the segment changed meanwhile (their text is in its history). */
  conflicts: { segmentId: string; currentVersion: number }[];
  /** Edits the transition table refuses (a locked or approved segment, a role that may not edit …), by error code. */
  refused: { segmentId: string; reason: string }[];
  /** Saved, but not confirmed: QA found errors (the target stays a draft to be fixed in Nysa). */
  unconfirmed: { segmentId: string; reason: string }[];
}

interface Planned {
  edit: SegmentEdit;
  changes: SegmentChange[];
}

export async function editSegments(ctx: CommandContext, props: EditManyProps): Promise<EditManyResult> {
  const { project, roles } = await loadDocument(ctx, props.user, props.documentId);
  const actor = userActor(roles);
  if (!mayPerform('edit', actor)) throw new Forbidden('not allowed to edit segments');
  const byId = new Map((props.segments ?? (await ctx.store.segments.listByDocument(props.documentId))).map((segment) => [segment.id, segment]));
  const result: EditManyResult = { edited: [], confirmed: [], conflicts: [], refused: [], unconfirmed: [] };
  const lost: { segment: Segment; edit: SegmentEdit }[] = [];

  // Each edit as the transition table allows it (or why not).
  const planned: Planned[] = [];
  // The loops below run over every unit of a large file: in slices, so that other requests get in.
  const slice = new Slice();
  for (const edit of props.edits) {
    if (slice.due()) await slice.next();
    const segment = byId.get(edit.segmentId);
    if (!segment) {
      result.refused.push({ segmentId: edit.segmentId, reason: 'not_found' });
      continue;
    }
    if (segment.version !== edit.version) {
      lost.push({ segment, edit });
      continue;
    }
    if (segment.target === edit.target && !edit.confirm) continue;
    try {
      const change = buildChange(ctx, segment, { action: 'edit', eventAction: props.via.action, actor, actorId: props.user.id, patch: { target: edit.target, origin: props.via.origin } });
      planned.push({ edit, changes: [change] });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      result.refused.push({ segmentId: edit.segmentId, reason: error.code });
    }
  }

  // QA of every new target at once; a confirm follows the edit unless errors block it.
  const issues = await findQaIssues(ctx, project, planned.map((p) => p.changes[0]!.segment));
  for (const plan of planned) {
    if (slice.due()) await slice.next();
    const edited = plan.changes[0]!.segment;
    if (!plan.edit.confirm) continue;
    if ((issues.get(edited.id) ?? []).some((issue) => issue.severity === 'error')) {
      result.unconfirmed.push({ segmentId: edited.id, reason: 'qa_errors' });
      continue;
    }
    try {
      plan.changes.push(buildChange(ctx, edited, { action: 'confirm', actor, actorId: props.user.id, patch: { translatedBy: props.user.id } }));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      result.unconfirmed.push({ segmentId: edited.id, reason: error.code });
    }
  }

  // Each segment's QA result goes with its last change, in the same transaction.
  const checkedAt = nowIso(ctx);
  for (const { changes } of planned) {
    if (slice.due()) await slice.next();
    const last = changes.length - 1;
    const { segment } = changes[last]!;
    changes[last] = { ...changes[last]!, qa: buildQaResult({ segmentId: segment.id, documentId: segment.documentId, version: segment.version, issues: issues.get(segment.id) ?? [], checkedAt }) };
  }
  const applied = await applyInSlices(ctx, planned, (plan) => plan.changes, async (plan) => {
    const current = await ctx.store.segments.findById(plan.edit.segmentId);
    if (current) lost.push({ segment: current, edit: plan.edit });
  });
  for (const plan of applied) {
    result.edited.push(plan.changes[0]!.segment);
    if (plan.changes.length > 1) result.confirmed.push(plan.changes[1]!.segment);
  }
  if (lost.length > 0) {
    await ctx.store.segments.appendEvents(lost.map(({ segment, edit }) => lostEditEvent(ctx, segment, props.user.id, edit.target, `based on version ${edit.version}`)));
    appendAll(result.conflicts, lost.map(({ segment }) => ({ segmentId: segment.id, currentVersion: segment.version })));
  }
  // A twin confirmed here is not untouched any more: the propagation leaves it alone.
  await propagateToTwinsOfMany(ctx, result.confirmed, 'translation', props.user.id);
  return result;
}

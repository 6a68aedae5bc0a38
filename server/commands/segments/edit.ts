// A translator (or a reviewer correcting during review) saves a new Polish target.
// A save based on a stale version is refused with the current text and kept in history: nothing typed is lost.
// So is a save of a segment a source revision removed meanwhile (409 segment_removed).
import { Conflict, Forbidden, NotFound, VersionConflict } from '../../domain/errors';
import type { QaResult } from '../../domain/qa/results';
import type { Segment, SegmentEvent } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import { mayPerform } from '../../domain/workflow/transitions';
import { userActor } from '../../policies/projectAccess';
import { nowIso, type CommandContext } from '../context';
import { loadRemovedSegment, loadSegment } from './access';
import { qaResultsFor } from '../qa/checkSegments';
import { buildChange } from './change';
import { requireAssignmentScope } from '../assignments/scope';

export interface EditSegmentProps {
  user: User;
  segmentId: string;
  target: string;
  /** The version the client last saw. */
  version: number;
}

/** What a client needs to resolve a conflict: the segment as it is now. */
export const conflictView = (segment: Segment) => ({
  target: segment.target,
  state: segment.state,
  version: segment.version,
  updatedAt: segment.updatedAt,
});

/** The segment as saved, with the QA result stored with it (null when the save changed nothing). */
export interface EditedSegment {
  segment: Segment;
  qa: QaResult | null;
}

export async function editSegment(ctx: CommandContext, props: EditSegmentProps): Promise<EditedSegment> {
  const { segment, project, roles } = await loadSegment(ctx, props.user, props.segmentId).catch((error: unknown) => refuseIfRemoved(ctx, props, error));
  const actor = userActor(roles);
  if (!mayPerform('edit', actor)) throw new Forbidden('not allowed to edit segments');
  await requireAssignmentScope(ctx, { user: props.user, roles, project, segment, action: 'edit' });
  if (segment.version !== props.version) {
    await keepLostEdit(ctx, segment, props);
    throw new VersionConflict(segment.id, props.version, segment.version, conflictView(segment));
  }
  if (segment.target === props.target) return { segment, qa: null }; // an autosave that changes nothing
  const edited = buildChange(ctx, segment, {
    action: 'edit',
    actor,
    actorId: props.user.id,
    patch: { target: props.target, origin: 'human' },
  });
  // The issues of the new text are stored with it, in its transaction, and handed back: the answer
  // needs no re-reading, and a save the store refuses leaves no result behind.
  const [qa] = await qaResultsFor(ctx, project, [edited.segment]);
  const change = { ...edited, qa };
  try {
    await ctx.store.segments.applyChanges([change]);
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    // Lost a race between our read and our write: report it exactly like a stale version.
    const current = await ctx.store.segments.findById(segment.id);
    if (!current) return refuseIfRemoved(ctx, props, error);
    await keepLostEdit(ctx, current, props);
    throw new VersionConflict(segment.id, props.version, current.version, conflictView(current));
  }
  return { segment: change.segment, qa: qa ?? null };
}

/**
 * The segment is gone from its document (a source revision removed it): the text is kept in its history
 * and the save refused with 409 `segment_removed`. Any other reason the segment is not found is rethrown.
 */
async function refuseIfRemoved(ctx: CommandContext, props: EditSegmentProps, error: unknown): Promise<never> {
  const removed = error instanceof NotFound || error instanceof VersionConflict ? await loadRemovedSegment(ctx, props.user, props.segmentId) : null;
  if (!removed || !mayPerform('edit', userActor(removed.roles))) throw error;
  await keepLostEdit(ctx, removed.segment, props);
  throw new Conflict('this segment was removed by a new version of the document', { segmentId: props.segmentId, removedIn: removed.removedIn, current: conflictView(removed.segment) }, 'segment_removed');
}

/** Records the refused text as an `edit_conflict` event, so the translator can recover it. */
async function keepLostEdit(ctx: CommandContext, current: Segment, props: EditSegmentProps): Promise<void> {
  await ctx.store.segments.appendEvents([lostEditEvent(ctx, current, props.user.id, props.target, `based on version ${props.version}`)]);
}

/**
 * The `edit_conflict` event keeping a text that was not saved because the segment had changed: the
 * current target as `fromTarget`, the refused one as `toTarget`, nothing else changes.
 */
export function lostEditEvent(ctx: Pick<CommandContext, 'clock' | 'ids'>, current: Segment, actorId: string, refused: string, note: string): SegmentEvent {
  return {
    id: ctx.ids.next(),
    segmentId: current.id,
    documentId: current.documentId,
    actorId,
    at: nowIso(ctx),
    action: 'edit_conflict',
    fromState: current.state,
    toState: current.state,
    fromTarget: current.target,
    toTarget: refused,
    note,
    version: current.version,
  };
}

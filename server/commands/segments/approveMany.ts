// A reviewer approves a filtered set of a document's translated segments in one step, atomically.
// Segments the reviewer translated themselves are skipped (and reported) unless the project allows it.
import { Forbidden } from '../../domain/errors';
import type { Segment } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import { SegmentState } from '../../domain/workflow/states';
import { mayPerform } from '../../domain/workflow/transitions';
import { userActor } from '../../policies/projectAccess';
import type { CommandContext } from '../context';
import { propagateToTwinsOfMany } from './propagateToTwins';
import { loadDocument } from '../documents/access';
import { buildChange } from './change';
import { assertMayApprove } from './approve';
import { rememberApprovedSegments } from '../tm/rememberApproved';
import { recordPostEdits } from '../quality/recordPostEdits';
import { emitSegmentEvents } from '../webhooks/segmentEvents';

export interface BulkApproveProps {
  user: User;
  documentId: string;
  /** Only these segments (those not translated are ignored); all translated segments when absent. */
  segmentIds?: readonly string[];
}

export interface BulkApproveResult {
  approved: Segment[];
  skipped: { id: string; reason: string }[];
}

export async function approveSegments(ctx: CommandContext, props: BulkApproveProps): Promise<BulkApproveResult> {
  const { project, roles } = await loadDocument(ctx, props.user, props.documentId);
  const actor = userActor(roles);
  if (!mayPerform('approve', actor)) throw new Forbidden('not allowed to approve segments');
  const wanted = props.segmentIds ? new Set(props.segmentIds) : null;
  const candidates = (await ctx.store.segments.listByDocument(props.documentId, [SegmentState.Translated])).filter(
    (segment) => wanted === null || wanted.has(segment.id),
  );
  const skipped: BulkApproveResult['skipped'] = [];
  const changes = [];
  for (const segment of candidates) {
    try {
      assertMayApprove(props.user, segment, project);
    } catch (error) {
      if (error instanceof Forbidden) {
        skipped.push({ id: segment.id, reason: error.code });
        continue;
      }
      throw error;
    }
    changes.push(buildChange(ctx, segment, { action: 'approve', actor, actorId: props.user.id, patch: { reviewedBy: props.user.id } }));
  }
  await ctx.store.segments.applyChanges(changes);
  await recordPostEdits(ctx, changes.map((change) => change.segment), 'approve', props.user.id);
  await emitSegmentEvents(ctx, changes);
  // Twins approved here are skipped by the propagation anyway.
  const twins = await propagateToTwinsOfMany(ctx, changes.map((change) => change.segment), 'approval', props.user.id);
  await rememberApprovedSegments(ctx, [...changes.map((change) => change.segment), ...twins], props.user.id);
  return { approved: changes.map((change) => change.segment), skipped };
}

// A reviewer approves a filtered set of a document's translated segments in one step. Segments the
// reviewer translated themselves are skipped (and reported) unless the project allows it.
// A whole document can come here (tens of thousands of segments): the approvals are written in
// transactions of about five hundred with the event loop turning between (applyInSlices), and what
// follows them (post-edit distances, twins, memory units) goes in slices too, so the server keeps
// answering. Each approval is a change of its own: a crash part-way leaves the first ones approved, and
// approving again finishes (only translated segments are approved). A segment someone saved after it
// was read here is skipped as `version_conflict`: its text is not the one the reviewer approved.
import { Forbidden } from '../../domain/errors';
import type { Segment } from '../../domain/segments/types';
import type { SegmentChange } from '../../ports/repositories';
import { Slice } from '../../slices';
import type { User } from '../../domain/users/types';
import { SegmentState } from '../../domain/workflow/states';
import { mayPerform } from '../../domain/workflow/transitions';
import { userActor } from '../../policies/projectAccess';
import type { CommandContext } from '../context';
import { propagateToTwinsOfMany } from './propagateToTwins';
import { loadDocument } from '../documents/access';
import { applyInSlices } from './applyInSlices';
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
  const changes: SegmentChange[] = [];
  const slice = new Slice();
  for (const segment of candidates) {
    if (slice.due()) await slice.next();
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
  const applied = await applyInSlices(ctx, changes, (change) => [change], (lost) => {
    skipped.push({ id: lost.segment.id, reason: 'version_conflict' });
  });
  const approved = applied.map((change) => change.segment);
  await recordPostEdits(ctx, approved, 'approve', props.user.id);
  await emitSegmentEvents(ctx, applied);
  // Twins approved here are skipped by the propagation anyway.
  const twins = await propagateToTwinsOfMany(ctx, approved, 'approval', props.user.id);
  await rememberApprovedSegments(ctx, [...approved, ...twins], props.user.id);
  return { approved, skipped };
}

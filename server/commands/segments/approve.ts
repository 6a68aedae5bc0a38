// A reviewer approves a translated segment (reject.ts sends one back with a reason).
import { Forbidden } from '../../domain/errors';
import type { Project } from '../../domain/projects/types';
import type { Segment } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { propagateToTwins } from './propagateToTwins';
import { transitionSegment, type TransitionProps } from './transition';
import { rememberApprovedSegments } from '../tm/rememberApproved';
import { recordPostEdits } from '../quality/recordPostEdits';

/** Refuses approval of one's own translation unless the project allows it. */
export function assertMayApprove(user: User, segment: Segment, project: Project): void {
  if (segment.translatedBy === user.id && !project.settings.allowSelfApproval) {
    throw new Forbidden('you cannot approve your own translation in this project', 'self_approval_forbidden');
  }
}

export async function approveSegment(ctx: CommandContext, props: TransitionProps): Promise<Segment> {
  const approved = await transitionSegment(ctx, props, {
    action: 'approve',
    patch: { reviewedBy: props.user.id },
    check: (segment, project) => assertMayApprove(props.user, segment, project),
  });
  await recordPostEdits(ctx, [approved], 'approve', props.user.id);
  const twins = await propagateToTwins(ctx, approved, 'approval', props.user.id);
  await rememberApprovedSegments(ctx, [approved, ...twins], props.user.id);
  return approved;
}

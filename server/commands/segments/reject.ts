// A reviewer sends a translated segment back with a reason.
import { InvalidInput } from '../../domain/errors';
import type { Segment } from '../../domain/segments/types';
import type { CommandContext } from '../context';
import { transitionSegment, type TransitionProps } from './transition';

export interface RejectProps extends TransitionProps {
  reason: string;
}

export function rejectSegment(ctx: CommandContext, props: RejectProps): Promise<Segment> {
  const reason = props.reason.trim();
  if (reason === '') throw new InvalidInput('a rejection needs a reason', undefined, 'reason_required');
  return transitionSegment(ctx, props, { action: 'reject', patch: { reviewedBy: props.user.id }, note: reason });
}

// A reviewer sends a translated segment back with a reason; the reason opens a comment thread on the
// segment (commands/comments/rejectionThread.ts).
import { normalizeCommentText } from '../../domain/comments/text';
import { InvalidInput } from '../../domain/errors';
import type { Segment } from '../../domain/segments/types';
import type { CommandContext } from '../context';
import { openRejectionThread } from '../comments/rejectionThread';
import { transitionSegment, type TransitionProps } from './transition';

export interface RejectProps extends TransitionProps {
  reason: string;
}

export async function rejectSegment(ctx: CommandContext, props: RejectProps): Promise<Segment> {
  const reason = props.reason.trim();
  if (reason === '') throw new InvalidInput('a rejection needs a reason', undefined, 'reason_required');
  let text = reason;
  const rejected = await transitionSegment(ctx, props, {
    action: 'reject',
    patch: { reviewedBy: props.user.id },
    note: reason,
    // Checked before the rejection is stored (after the transition table): the reason becomes the thread's first comment.
    check: () => void (text = normalizeCommentText(reason)),
  });
  await openRejectionThread(ctx, { segment: rejected, reviewer: props.user, reason: text });
  return rejected;
}

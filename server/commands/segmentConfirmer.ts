// A translator confirms a target: draft/rejected → translated, and becomes the segment's translator.
import { InvalidInput } from '../domain/errors';
import type { Segment } from '../domain/types';
import type { CommandContext } from './context';
import { propagateToTwins } from './repetitionPropagator';
import { transitionSegment, type TransitionProps } from './segmentTransition';

export async function confirmSegment(ctx: CommandContext, props: TransitionProps): Promise<Segment> {
  const confirmed = await transitionSegment(ctx, props, {
    action: 'confirm',
    patch: { translatedBy: props.user.id },
    check: (segment) => {
      if (segment.target === null || segment.target.trim() === '') {
        throw new InvalidInput('a segment without a target cannot be confirmed', { segmentId: segment.id }, 'empty_target');
      }
    },
  });
  await propagateToTwins(ctx, confirmed, 'translation', props.user.id);
  return confirmed;
}

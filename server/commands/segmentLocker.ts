// A coordinator takes a segment out of translation (lock) or gives it back (unlock).
import type { Segment } from '../domain/types';
import type { CommandContext } from './context';
import { transitionSegment, type TransitionProps } from './segmentTransition';

export const lockSegment = (ctx: CommandContext, props: TransitionProps): Promise<Segment> =>
  transitionSegment(ctx, props, { action: 'lock' });

export const unlockSegment = (ctx: CommandContext, props: TransitionProps): Promise<Segment> =>
  transitionSegment(ctx, props, { action: 'unlock' });

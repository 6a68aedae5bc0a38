// A coordinator gives a locked segment back to translation.
import type { Segment } from '../../domain/segments/types';
import type { CommandContext } from '../context';
import { transitionSegment, type TransitionProps } from './transition';

export const unlockSegment = (ctx: CommandContext, props: TransitionProps): Promise<Segment> =>
  transitionSegment(ctx, props, { action: 'unlock' });

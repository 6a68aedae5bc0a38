// A coordinator takes a segment out of translation (unlock.ts gives it back).
import type { Segment } from '../../domain/segments/types';
import type { CommandContext } from '../context';
import { transitionSegment, type TransitionProps } from './transition';

export const lockSegment = (ctx: CommandContext, props: TransitionProps): Promise<Segment> =>
  transitionSegment(ctx, props, { action: 'lock' });

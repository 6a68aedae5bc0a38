// A translator confirms a target: draft/rejected → translated, and becomes the segment's translator.
import { InvalidInput } from '../../domain/errors';
import type { Segment } from '../../domain/segments/types';
import type { CommandContext } from '../context';
import { prepareConfirmQa, type QaOverride } from '../qa/confirmQaGate';
import { notifyReadyForReview } from '../notifications/assignments';
import { recordPostEdits } from '../quality/recordPostEdits';
import { propagateToTwins } from './propagateToTwins';
import { transitionSegment, type TransitionProps } from './transition';

export interface ConfirmSegmentProps extends TransitionProps {
  /** Confirms despite QA errors; the reason goes into the confirm event's note and the stored QA result. */
  overrideQa?: QaOverride;
}

export async function confirmSegment(ctx: CommandContext, props: ConfirmSegmentProps): Promise<Segment> {
  // QA errors block the confirm (after the table's and the empty-target checks) unless overridden.
  const qa = await prepareConfirmQa(ctx, props);
  const confirmed = await qa.guard(() =>
    transitionSegment(ctx, { ...props, version: qa.version }, {
      action: 'confirm',
      patch: { translatedBy: props.user.id },
      note: qa.note,
      check: (segment) => {
        if (segment.target === null || segment.target.trim() === '') {
          throw new InvalidInput('a segment without a target cannot be confirmed', { segmentId: segment.id }, 'empty_target');
        }
        qa.check(segment);
      },
    }),
  );
  await recordPostEdits(ctx, [confirmed], 'confirm', props.user.id);
  await propagateToTwins(ctx, confirmed, 'translation', props.user.id);
  await notifyReadyForReview(ctx, confirmed, props.user.id);
  return confirmed;
}

// Which document events a batch of segment changes causes, judged by the document's state counts after
// the batch: `document.translated` when a change moved a segment out of translation and none is left
// there (the document waits for review or is done), `document.approved` when a change approved a
// segment and every segment is now approved or locked.
import type { Tally } from '../segments/types';
import { DocumentStatus, deriveDocumentStatus } from '../workflow/documentStatus';
import { isInTranslation, SegmentState } from '../workflow/states';
import type { WebhookEvent } from './types';

export interface StateMove {
  fromState: SegmentState;
  toState: SegmentState;
}

export function documentEventsAfter(moves: readonly StateMove[], byStateAfter: Record<SegmentState, Tally>): WebhookEvent[] {
  const status = deriveDocumentStatus(byStateAfter);
  const events: WebhookEvent[] = [];
  const leftTranslation = moves.some((move) => isInTranslation(move.fromState) && !isInTranslation(move.toState));
  if (leftTranslation && status !== DocumentStatus.InTranslation) events.push('document.translated');
  const approved = moves.some((move) => move.fromState !== SegmentState.Approved && move.toState === SegmentState.Approved);
  if (approved && status === DocumentStatus.Approved) events.push('document.approved');
  return events;
}

/** Whether any of the moves could cause a document event (so the document's counts are worth reading). */
export const mayCauseDocumentEvent = (moves: readonly StateMove[]): boolean =>
  moves.some((move) => move.fromState !== move.toState && (move.toState === SegmentState.Approved || (isInTranslation(move.fromState) && !isInTranslation(move.toState))));

// A document's status is never stored: it is derived from how many segments sit in each state.
import type { Tally } from '../segments/types';
import { IN_TRANSLATION, SegmentState } from './states';

export const DocumentStatus = {
  InTranslation: 'in_translation',
  InReview: 'in_review',
  Approved: 'approved',
} as const;
export type DocumentStatus = (typeof DocumentStatus)[keyof typeof DocumentStatus];

export function deriveDocumentStatus(byState: Record<SegmentState, Tally>): DocumentStatus {
  if (IN_TRANSLATION.some((state) => byState[state].segments > 0)) return DocumentStatus.InTranslation;
  if (byState[SegmentState.Translated].segments > 0) return DocumentStatus.InReview;
  return DocumentStatus.Approved;
}

// Who may change a segment's target, as the server decides it: translators edit new, draft,
// translated and rejected segments; reviewers correct translated ones (in either mode).
import type { Segment, SegmentState } from '../api/types';

export interface WorkspaceRights {
  canTranslate: boolean;
  canReview: boolean;
}

const TRANSLATOR_EDITS: ReadonlySet<SegmentState> = new Set(['new', 'draft', 'translated', 'rejected']);

export const canEditSegment = (rights: WorkspaceRights, segment: Pick<Segment, 'state'>): boolean =>
  (rights.canTranslate && TRANSLATOR_EDITS.has(segment.state)) || (rights.canReview && segment.state === 'translated');

// What a person may do to a segment in the workspace, as the server decides it
// (server/domain/workflow/transitions.ts and commands/segments): the workspace offers a control only
// to those the server would let use it.
import type { Segment, SegmentState } from '../api/types';

export interface WorkspaceRights {
  /** Translators, coordinators and admins. */
  canTranslate: boolean;
  /** Reviewers, coordinators and admins. */
  canReview: boolean;
  /** Coordinators and admins: they lock and unlock segments. */
  canManage: boolean;
}

const TRANSLATOR_EDITS: ReadonlySet<SegmentState> = new Set(['new', 'draft', 'translated', 'rejected']);

/** Translators edit new, draft, translated and rejected segments; reviewers correct translated ones. */
export const canEditSegment = (rights: Omit<WorkspaceRights, 'canManage'>, segment: Pick<Segment, 'state'>): boolean =>
  (rights.canTranslate && TRANSLATOR_EDITS.has(segment.state)) || (rights.canReview && segment.state === 'translated');

/** Coordinators take any segment out of translation (lock) … */
export const canLockSegment = (rights: WorkspaceRights, segment: Pick<Segment, 'state'>): boolean => rights.canManage && segment.state !== 'locked';

/** … and give a locked one back (a Polish or language-neutral passage locked on submission, too). */
export const canUnlockSegment = (rights: WorkspaceRights, segment: Pick<Segment, 'state'>): boolean => rights.canManage && segment.state === 'locked';

/**
 * Whoever may edit segments (translators, reviewers, coordinators) marks a twin (a repetition) as
 * needing its own translation, and takes the mark off again; a locked segment is nobody's to change.
 */
export const canMarkContextSpecific = (rights: WorkspaceRights, segment: Pick<Segment, 'state' | 'repetition' | 'contextSpecific'>): boolean =>
  (rights.canTranslate || rights.canReview) && segment.state !== 'locked' && (segment.repetition || segment.contextSpecific);

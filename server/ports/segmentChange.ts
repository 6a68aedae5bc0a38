// One compare-and-set write of a segment, shared by the segment and revision repositories.
import type { QaResult } from '../domain/qa/results';
import type { Segment, SegmentEvent } from '../domain/segments/types';

/**
 * What a change writes of its segment (SegmentRepository.applyChanges): the work on the target. The
 * German text, its structure, its place and its document change only with a source revision
 * (RevisionRepository.apply), which writes the whole segment.
 */
export const SEGMENT_WORK_FIELDS = ['target', 'state', 'origin', 'mtTarget', 'contextSpecific', 'translatedBy', 'reviewedBy', 'version', 'updatedAt'] as const;

/** A segment's new value, stored only if the stored version still equals `expectedVersion`. */
export interface SegmentChange {
  segment: Segment;
  expectedVersion: number;
  event: SegmentEvent;
  /**
   * The QA result of `segment` as changed (its version), stored in the same transaction: a save writes
   * its text and its issues at once, and a refused change stores neither.
   */
  qa?: QaResult;
}

// One compare-and-set write of a segment, shared by the segment and revision repositories.
import type { Segment, SegmentEvent } from '../domain/segments/types';

/** A segment's new value, stored only if the stored version still equals `expectedVersion`. */
export interface SegmentChange {
  segment: Segment;
  expectedVersion: number;
  event: SegmentEvent;
}

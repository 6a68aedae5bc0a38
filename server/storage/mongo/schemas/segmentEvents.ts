// segmentEvents: the append-only history of every segment. `seq` (mongo-only) records insertion order,
// so events with the same `at` keep the order in which they were written.
import { Schema } from 'mongoose';
import { SEGMENT_EVENT_ACTIONS, type SegmentEvent, type SegmentEventAction } from '../../../domain/segments/types';
import { SEGMENT_STATES, type SegmentState } from '../../../domain/workflow/states';
import { collectionOptions, fromDate, integer, orNull, toDate } from './common';

export interface SegmentEventDoc {
  _id: string;
  segmentId: string;
  documentId: string;
  actorId: string | null;
  at: Date;
  action: SegmentEventAction;
  fromState: SegmentState;
  toState: SegmentState;
  fromTarget: string | null;
  toTarget: string | null;
  note: string | null;
  version: number;
  /** source_revised only: the German source before and after. */
  fromSource?: string | null;
  toSource?: string | null;
  /** Mongo-only: a store-wide, strictly increasing number taken from the `counters` collection. */
  seq: number;
}

export const segmentEventSchema = new Schema<SegmentEventDoc>(
  {
    _id: { type: String, required: true },
    segmentId: { type: String, required: true },
    documentId: { type: String, required: true },
    actorId: { type: String, default: null },
    at: { type: Date, required: true },
    action: { type: String, required: true, enum: SEGMENT_EVENT_ACTIONS },
    fromState: { type: String, required: true, enum: SEGMENT_STATES },
    toState: { type: String, required: true, enum: SEGMENT_STATES },
    fromTarget: { type: String, default: null },
    toTarget: { type: String, default: null },
    note: { type: String, default: null },
    version: { type: Number, required: true, min: 1, validate: integer },
    fromSource: { type: String, default: null },
    toSource: { type: String, default: null },
    seq: { type: Number, required: true, min: 1, validate: integer },
  },
  collectionOptions('segmentEvents'),
);
segmentEventSchema.index({ segmentId: 1, at: 1, seq: 1 });
// Approvals per day: events into `approved` within a window of days (SegmentRepository.listApprovals).
segmentEventSchema.index({ toState: 1, at: 1 });

export const toSegmentEventDoc = (event: SegmentEvent, seq: number): SegmentEventDoc => ({
  _id: event.id,
  segmentId: event.segmentId,
  documentId: event.documentId,
  actorId: event.actorId,
  at: toDate(event.at),
  action: event.action,
  fromState: event.fromState,
  toState: event.toState,
  fromTarget: event.fromTarget,
  toTarget: event.toTarget,
  note: event.note,
  version: event.version,
  ...(event.fromSource !== undefined ? { fromSource: event.fromSource } : {}),
  ...(event.toSource !== undefined ? { toSource: event.toSource } : {}),
  seq,
});

export const fromSegmentEventDoc = (doc: SegmentEventDoc): SegmentEvent => ({
  id: doc._id,
  segmentId: doc.segmentId,
  documentId: doc.documentId,
  actorId: orNull(doc.actorId),
  at: fromDate(doc.at),
  action: doc.action,
  fromState: doc.fromState,
  toState: doc.toState,
  fromTarget: orNull(doc.fromTarget),
  toTarget: orNull(doc.toTarget),
  note: orNull(doc.note),
  version: doc.version,
  ...(doc.fromSource != null ? { fromSource: doc.fromSource } : {}),
  ...(doc.toSource != null ? { toSource: doc.toSource } : {}),
});

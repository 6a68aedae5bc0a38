// tmUnits: the translation memory's German–Polish pairs. `seq` (mongo-only) numbers units in the order
// they were written, so units created together (one confirmed alignment) keep their bead order.
import { Schema } from 'mongoose';
import { TM_UNIT_ORIGINS, type TmUnit, type TmUnitOrigin } from '../../../domain/tm/types';
import { collectionOptions, fromDate, integer, orNull, toDate } from './common';

export interface TmUnitDoc {
  _id: string;
  projectId: string;
  source: string;
  target: string;
  origin: TmUnitOrigin;
  originId: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** Mongo-only: a store-wide, strictly increasing number taken from the `counters` collection. */
  seq: number;
  /** Neighbouring segment sources (in-context matches): null at a document's edge, absent when unknown. */
  prevSource?: string | null;
  nextSource?: string | null;
  /**
   * From the same counter as `seq`: `seq` on insert, a fresh number on every change. In-memory TM
   * indexes catch up by reading `revision > last seen` (commands/tm/tmService.ts).
   */
  revision: number;
}

export const tmUnitSchema = new Schema<TmUnitDoc>(
  {
    _id: { type: String, required: true },
    projectId: { type: String, required: true },
    source: { type: String, required: true },
    target: { type: String, required: true },
    origin: { type: String, required: true, enum: TM_UNIT_ORIGINS },
    originId: { type: String, default: null },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    seq: { type: Number, required: true, min: 1, validate: integer },
    prevSource: { type: String },
    nextSource: { type: String },
    revision: { type: Number, required: true, min: 1, validate: integer },
  },
  collectionOptions('tmUnits'),
);
tmUnitSchema.index({ projectId: 1, createdAt: 1, seq: 1 });
tmUnitSchema.index({ revision: 1 });
// One unit per approved segment (upsertForOrigin); alignment units share their alignment's id.
tmUnitSchema.index({ originId: 1 }, { unique: true, partialFilterExpression: { origin: 'segment' } });

/** The context fields of a unit, only those known (absent stays absent). */
export const contextFields = (unit: Pick<TmUnit, 'prevSource' | 'nextSource'>): Pick<TmUnit, 'prevSource' | 'nextSource'> => ({
  ...(unit.prevSource !== undefined ? { prevSource: unit.prevSource } : {}),
  ...(unit.nextSource !== undefined ? { nextSource: unit.nextSource } : {}),
});

export const toTmUnitDoc = (unit: TmUnit, seq: number, revision = seq): TmUnitDoc => ({
  _id: unit.id,
  projectId: unit.projectId,
  source: unit.source,
  target: unit.target,
  origin: unit.origin,
  originId: unit.originId,
  createdBy: unit.createdBy,
  createdAt: toDate(unit.createdAt),
  updatedAt: toDate(unit.updatedAt),
  seq,
  ...contextFields(unit),
  revision,
});

export const fromTmUnitDoc = (doc: TmUnitDoc): TmUnit => ({
  id: doc._id,
  projectId: doc.projectId,
  source: doc.source,
  target: doc.target,
  origin: doc.origin,
  originId: orNull(doc.originId),
  createdBy: doc.createdBy,
  createdAt: fromDate(doc.createdAt),
  updatedAt: fromDate(doc.updatedAt),
  ...contextFields(doc),
});

// alignments: a German text paired sentence by sentence with its Polish version; sentences and beads
// are embedded (they are read and written whole, under a compare-and-set on `version`).
import { Schema } from 'mongoose';
import {
  ALIGNMENT_FORMATS,
  ALIGNMENT_STATUSES,
  type Alignment,
  type AlignmentFormat,
  type AlignmentBead,
  type AlignmentStatus,
} from '../../../domain/alignment/types';
import { collectionOptions, embeddedOptions, fromDate, integer, toDate } from './common';

export interface AlignmentDoc {
  _id: string;
  projectId: string;
  title: string;
  format: AlignmentFormat;
  deSentences: string[];
  plSentences: string[];
  beads: AlignmentBead[];
  status: AlignmentStatus;
  version: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

const sentenceIndexes = () => ({ type: [{ type: Number, min: 0, validate: integer }], required: true });

const beadSchema = new Schema<AlignmentBead>(
  {
    de: sentenceIndexes(),
    pl: sentenceIndexes(),
    confidence: { type: Number, required: true, min: 0, max: 1 },
  },
  embeddedOptions,
);

export const alignmentSchema = new Schema<AlignmentDoc>(
  {
    _id: { type: String, required: true },
    projectId: { type: String, required: true },
    title: { type: String, required: true },
    format: { type: String, required: true, enum: ALIGNMENT_FORMATS },
    deSentences: { type: [String], required: true },
    plSentences: { type: [String], required: true },
    beads: { type: [beadSchema], required: true },
    status: { type: String, required: true, enum: ALIGNMENT_STATUSES },
    version: { type: Number, required: true, min: 1, validate: integer },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  collectionOptions('alignments'),
);
alignmentSchema.index({ projectId: 1, createdAt: 1 });

const copyBead = (bead: AlignmentBead): AlignmentBead => ({ de: [...bead.de], pl: [...bead.pl], confidence: bead.confidence });

export const toAlignmentDoc = (alignment: Alignment): AlignmentDoc => ({
  _id: alignment.id,
  projectId: alignment.projectId,
  title: alignment.title,
  format: alignment.format,
  deSentences: [...alignment.deSentences],
  plSentences: [...alignment.plSentences],
  beads: alignment.beads.map(copyBead),
  status: alignment.status,
  version: alignment.version,
  createdBy: alignment.createdBy,
  createdAt: toDate(alignment.createdAt),
  updatedAt: toDate(alignment.updatedAt),
});

export const fromAlignmentDoc = (doc: AlignmentDoc): Alignment => ({
  id: doc._id,
  projectId: doc.projectId,
  title: doc.title,
  format: doc.format,
  deSentences: [...doc.deSentences],
  plSentences: [...doc.plSentences],
  beads: doc.beads.map(copyBead),
  status: doc.status,
  version: doc.version,
  createdBy: doc.createdBy,
  createdAt: fromDate(doc.createdAt),
  updatedAt: fromDate(doc.updatedAt),
});

// glossaryTerms: a project's terms. Forbidden variants are embedded; `seq` (mongo-only) numbers terms in
// the order they were written, so terms imported together keep the file's order.
import { Schema } from 'mongoose';
import {
  GLOSSARY_TERM_STATUSES,
  PARTS_OF_SPEECH,
  type GlossaryTerm,
  type GlossaryTermStatus,
  type PartOfSpeech,
} from '../../../domain/glossary/types';
import { collectionOptions, fromDate, integer, orNull, toDate } from './common';

export interface GlossaryTermDoc {
  _id: string;
  projectId: string;
  de: string;
  pl: string;
  note: string | null;
  partOfSpeech: PartOfSpeech | null;
  caseSensitive: boolean;
  forbidden: string[];
  status: GlossaryTermStatus;
  compound: boolean;
  version: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** Mongo-only: a store-wide, strictly increasing number taken from the `counters` collection. */
  seq: number;
}

export const glossaryTermSchema = new Schema<GlossaryTermDoc>(
  {
    _id: { type: String, required: true },
    projectId: { type: String, required: true },
    de: { type: String, required: true },
    pl: { type: String, required: true },
    note: { type: String, default: null },
    partOfSpeech: { type: String, enum: [...PARTS_OF_SPEECH, null], default: null },
    caseSensitive: { type: Boolean, required: true },
    forbidden: { type: [String], default: [] },
    status: { type: String, required: true, enum: GLOSSARY_TERM_STATUSES },
    compound: { type: Boolean, required: true },
    version: { type: Number, required: true, min: 1, validate: integer },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    seq: { type: Number, required: true, min: 1, validate: integer },
  },
  collectionOptions('glossaryTerms'),
);
glossaryTermSchema.index({ projectId: 1, createdAt: 1, seq: 1 });

export const toGlossaryTermDoc = (term: GlossaryTerm, seq: number): GlossaryTermDoc => ({
  _id: term.id,
  projectId: term.projectId,
  de: term.de,
  pl: term.pl,
  note: term.note,
  partOfSpeech: term.partOfSpeech,
  caseSensitive: term.caseSensitive,
  forbidden: [...term.forbidden],
  status: term.status,
  compound: term.compound,
  version: term.version,
  createdBy: term.createdBy,
  createdAt: toDate(term.createdAt),
  updatedAt: toDate(term.updatedAt),
  seq,
});

export const fromGlossaryTermDoc = (doc: GlossaryTermDoc): GlossaryTerm => ({
  id: doc._id,
  projectId: doc.projectId,
  de: doc.de,
  pl: doc.pl,
  note: orNull(doc.note),
  partOfSpeech: orNull(doc.partOfSpeech),
  caseSensitive: doc.caseSensitive,
  forbidden: [...(doc.forbidden ?? [])],
  status: doc.status,
  compound: doc.compound,
  version: doc.version,
  createdBy: doc.createdBy,
  createdAt: fromDate(doc.createdAt),
  updatedAt: fromDate(doc.updatedAt),
});

// segments: one document per sentence or block, ordered by `index` inside its document.
import { Schema } from 'mongoose';
import {
  SEGMENT_LANGUAGES,
  type BlockKind,
  type InlineTag,
  type Segment,
  type SegmentLanguage,
  type SegmentOrigin,
} from '../../../domain/segments/types';
import { SEGMENT_STATES, type SegmentState } from '../../../domain/workflow/states';
import { allowEmptyString, collectionOptions, count, embeddedOptions, fromDate, integer, orNull, toDate } from './common';

// domain/segments/types.ts declares these unions without value lists; `satisfies` plus the checks below keep the lists complete.
export const SEGMENT_ORIGINS = ['mt', 'tm', 'human', 'source', 'xliff'] as const satisfies readonly SegmentOrigin[];
export const BLOCK_KINDS = [
  'paragraph',
  'heading',
  'list_item',
  'blockquote',
  'table_cell',
  'line',
] as const satisfies readonly BlockKind[];
export const INLINE_TAG_TYPES = ['paired', 'standalone'] as const satisfies readonly InlineTag['type'][];
type Missing<Union, List extends readonly unknown[]> = Exclude<Union, List[number]>;
const complete: [
  Missing<SegmentOrigin, typeof SEGMENT_ORIGINS>,
  Missing<BlockKind, typeof BLOCK_KINDS>,
  Missing<InlineTag['type'], typeof INLINE_TAG_TYPES>,
] extends [never, never, never]
  ? true
  : false = true;
void complete;

export interface SegmentDoc {
  _id: string;
  documentId: string;
  projectId: string;
  index: number;
  source: string;
  target: string | null;
  state: SegmentState;
  origin: SegmentOrigin | null;
  mtTarget: string | null;
  version: number;
  kind: BlockKind;
  tags: InlineTag[];
  wordCount: number;
  charCount: number;
  lang: SegmentLanguage;
  sourceKey: string;
  repetition: boolean;
  contextSpecific: boolean;
  translatedBy: string | null;
  reviewedBy: string | null;
  updatedAt: Date;
  /** Set when a source revision took the segment out of its document (storage only, never in the domain object). */
  removedInRevision?: number | null;
  /** The segment's id in the submitted file; null when it has none. */
  externalId: string | null;
}

const tagSchema = new Schema<InlineTag>(
  {
    id: { type: Number, required: true, min: 0, validate: integer },
    type: { type: String, required: true, enum: INLINE_TAG_TYPES },
    open: { type: String, required: true },
    close: { type: String, required: true },
  },
  embeddedOptions,
);
allowEmptyString(tagSchema, 'open', 'close');

export const segmentSchema = new Schema<SegmentDoc>(
  {
    _id: { type: String, required: true },
    documentId: { type: String, required: true },
    projectId: { type: String, required: true },
    index: count(),
    source: { type: String, required: true },
    target: { type: String, default: null },
    state: { type: String, required: true, enum: SEGMENT_STATES },
    origin: { type: String, default: null, enum: SEGMENT_ORIGINS },
    mtTarget: { type: String, default: null },
    version: { type: Number, required: true, min: 1, validate: integer },
    kind: { type: String, required: true, enum: BLOCK_KINDS },
    tags: { type: [tagSchema], required: true },
    wordCount: count(),
    charCount: count(),
    lang: { type: String, required: true, enum: SEGMENT_LANGUAGES },
    sourceKey: { type: String, required: true },
    repetition: { type: Boolean, required: true },
    contextSpecific: { type: Boolean, required: true },
    translatedBy: { type: String, default: null },
    reviewedBy: { type: String, default: null },
    updatedAt: { type: Date, required: true },
    removedInRevision: { type: Number, default: null },
    externalId: { type: String, default: null },
  },
  collectionOptions('segments'),
);
// Unique among a document's current segments (removedInRevision null); a removed segment keeps the index
// it had, made unique by the revision that removed it.
segmentSchema.index({ documentId: 1, index: 1, removedInRevision: 1 }, { unique: true });
segmentSchema.index({ documentId: 1, state: 1 });
// Twins across a project (findBySourceKeys, existingSourceKeys).
segmentSchema.index({ projectId: 1, sourceKey: 1 });
// A source made only of markup normalizes to the empty key: present, but possibly empty.
allowEmptyString(segmentSchema, 'sourceKey');

const copyTag = (tag: InlineTag): InlineTag => ({ id: tag.id, type: tag.type, open: tag.open, close: tag.close });

export const toSegmentDoc = (segment: Segment): SegmentDoc => ({
  _id: segment.id,
  documentId: segment.documentId,
  projectId: segment.projectId,
  index: segment.index,
  source: segment.source,
  target: segment.target,
  state: segment.state,
  origin: segment.origin,
  mtTarget: segment.mtTarget,
  version: segment.version,
  kind: segment.kind,
  tags: segment.tags.map(copyTag),
  wordCount: segment.wordCount,
  charCount: segment.charCount,
  lang: segment.lang,
  sourceKey: segment.sourceKey,
  repetition: segment.repetition,
  contextSpecific: segment.contextSpecific,
  translatedBy: segment.translatedBy,
  reviewedBy: segment.reviewedBy,
  updatedAt: toDate(segment.updatedAt),
  externalId: segment.externalId ?? null,
});

export const fromSegmentDoc = (doc: SegmentDoc): Segment => ({
  id: doc._id,
  documentId: doc.documentId,
  projectId: doc.projectId,
  index: doc.index,
  source: doc.source,
  target: orNull(doc.target),
  state: doc.state,
  origin: orNull(doc.origin),
  mtTarget: orNull(doc.mtTarget),
  version: doc.version,
  kind: doc.kind,
  tags: (doc.tags ?? []).map(copyTag),
  wordCount: doc.wordCount,
  charCount: doc.charCount,
  lang: doc.lang,
  sourceKey: doc.sourceKey,
  repetition: doc.repetition,
  contextSpecific: doc.contextSpecific,
  translatedBy: orNull(doc.translatedBy),
  reviewedBy: orNull(doc.reviewedBy),
  updatedAt: fromDate(doc.updatedAt),
  ...(doc.externalId ? { externalId: doc.externalId } : {}),
});

// Segments, what happened to them, and what the store counts of them. Plain data: no methods, no
// driver types. Both stores return exactly these.
import type { Timestamp } from '../common';
import type { SegmentState } from '../workflow/states';

/** The language a segment's source was identified as; `neutral` is text without language (numbers, URLs). */
export const SEGMENT_LANGUAGES = ['de', 'pl', 'other', 'neutral'] as const;
export type SegmentLanguage = (typeof SEGMENT_LANGUAGES)[number];

/** Where a segment's current target came from; `xliff` is a translation an XLIFF file brought (submitted or re-imported). */
export type SegmentOrigin = 'mt' | 'tm' | 'human' | 'source' | 'xliff';

/** The structural role of a segment in its document; headings and list items are always their own segment. */
export type BlockKind = 'paragraph' | 'heading' | 'list_item' | 'blockquote' | 'table_cell' | 'line';

/**
 * An inline formatting span or object inside a segment, shown to translators as a numbered
 * placeholder: `{1}bold{/1}` for a paired tag, `{2/}` for a standalone one (inline code, images).
 */
export interface InlineTag {
  id: number;
  /** 'paired' tags wrap text (emphasis, links); 'standalone' tags stand for an object. */
  type: 'paired' | 'standalone';
  /** The original markup: for paired tags the opening and closing text, for standalone the whole text. */
  open: string;
  close: string;
}

export interface Segment {
  id: string;
  documentId: string;
  projectId: string;
  index: number; // 0-based order in the document
  source: string; // German, placeholders as {n}…{/n}
  target: string | null; // Polish, same placeholder syntax
  state: SegmentState;
  origin: SegmentOrigin | null;
  /** The machine translation as DeepL returned it, never edited. */
  mtTarget: string | null;
  /** Increments on every change; clients send the version they saw (optimistic locking). */
  version: number;
  kind: BlockKind;
  tags: InlineTag[];
  wordCount: number;
  charCount: number;
  /** The identified language of the source; Polish and neutral segments are locked with target = source. */
  lang: SegmentLanguage;
  /** The source normalized for repetition matching (whitespace and placeholder numbering ignored). */
  sourceKey: string;
  /** True when the same sourceKey occurred before: earlier in this document or in an earlier document of the project. */
  repetition: boolean;
  /** A translator marked this twin as needing its own translation: propagation skips it. */
  contextSpecific: boolean;
  /** Who last confirmed the target (the segment's translator), and who last approved or rejected it. */
  translatedBy: string | null;
  reviewedBy: string | null;
  updatedAt: Timestamp;
  /**
   * The segment's id in the file it was submitted in (an XLIFF unit id, "unit#segment" for a unit of
   * several segments); absent for formats without ids. Stores omit it when there is none.
   */
  externalId?: string | null;
}

/**
 * What happened to a segment. `edit_conflict` keeps an edit that lost a version race (or an XLIFF target
 * that arrived for a segment changed since the export); `xliff_import` is an edit from a re-imported XLIFF;
 * `source_revised` and `removed` come from a source revision of the document (with the old and new source).
 */
export const SEGMENT_EVENT_ACTIONS = [
  'created',
  'propose',
  'edit',
  'confirm',
  'approve',
  'reject',
  'lock',
  'unlock',
  'edit_conflict',
  'propagated',
  'context_specific',
  'source_revised',
  'removed',
  // A reviewer's LQA annotation was added or removed (no change to the segment; the note says which).
  'annotate',
  'annotation_removed',
  'xliff_import',
] as const;
export type SegmentEventAction = (typeof SEGMENT_EVENT_ACTIONS)[number];

export interface SegmentEvent {
  id: string;
  segmentId: string;
  documentId: string;
  /** null for system actions (an MT proposal). */
  actorId: string | null;
  at: Timestamp;
  action: SegmentEventAction;
  fromState: SegmentState;
  toState: SegmentState;
  fromTarget: string | null;
  toTarget: string | null;
  /** Reason of a rejection, origin of a proposal, or the version an edit conflicted with. */
  note: string | null;
  /** The segment's version after this event (for edit_conflict: the version that was current). */
  version: number;
  /** `source_revised` only: the German source before and after the revision (absent on other events). */
  fromSource?: string;
  toSource?: string;
}

/** Counts of segments and source words in one state. */
export interface Tally {
  segments: number;
  words: number;
}

/** What the store can aggregate about one document's segments without loading them all. */
export interface DocumentSegmentSummary {
  documentId: string;
  byState: Record<SegmentState, Tally>;
  /** Segments (and their words) flagged `repetition`: counted apart from new words, as CAT tools do. */
  repetitions: Tally;
  /** Distinct users who confirmed (translatedBy) and reviewed (reviewedBy) segments. */
  translatorIds: string[];
  reviewerIds: string[];
}

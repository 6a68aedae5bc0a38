// The XLIFF module's own types: what the writers take, what the reader gives and what the import
// planner decides.
import type { QaSeverity } from '../../qa/types';
import type { LanguageCode } from '../../common';
import type { InlineTag } from '../../segments/types';
import type { SegmentState } from '../../workflow/states';
import type { XliffImportAction } from './states';

/** XLIFF 1.2, or 2.x ('2.0' stands for 2.0, 2.1 and 2.2, which Nysa reads alike). */
export type XliffVersion = '1.2' | '2.0';

export const XLIFF12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
export const XLIFF20_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF22_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.2';
/** Nysa's own namespace for what the standard has no attribute for: segment versions, document ids, states. */
export const NYSA_XLIFF_NAMESPACE = 'urn:nysa:xliff';

/** A QA finding as it travels in a note: already rendered to a message by the caller. */
export interface XliffQaNote {
  checkId: string;
  severity: QaSeverity;
  message: string;
}

export interface XliffExportSegment {
  id: string;
  index: number;
  /** German, placeholders as {n}…{/n} and {n/}. */
  source: string;
  /** Polish, same placeholders; null when there is none yet. */
  target: string | null;
  state: SegmentState;
  /** Locked segments are written as not to be translated (also when `state` is not 'locked'). */
  locked: boolean;
  version: number;
  tags: InlineTag[];
  qaIssues: XliffQaNote[];
  /** More notes from the caller (e.g. a reviewer's reason, LQA remarks). */
  notes?: string[];
}

/** A document as the bilingual export needs it. */
export interface XliffExportDocument {
  documentId: string;
  title: string;
  sourceLang: LanguageCode;
  targetLang: LanguageCode;
  segments: XliffExportSegment[];
}

/** One unit of an XLIFF file as read back. */
export interface XliffReadUnit {
  id: string;
  /** The unit's source text (all its segments and ignorables in order), inline codes as placeholders. */
  source: string;
  /** Its target text, or null when no segment of the unit has a target. */
  target: string | null;
  /** The XLIFF state: 1.2 the target's `state`, 2.x the least advanced `state` of its segments. */
  state?: string;
  /** The segment version Nysa wrote into the file (`nysa:version`), when present and a whole number. */
  nysaVersion?: number;
  /** False when the unit (or a group or file around it) says translate="no". */
  translate: boolean;
}

export interface XliffReadResult {
  version: XliffVersion;
  /** The Nysa document id written on the first <file> (`nysa:document-id` in 1.2, `nysa:documentId` in 2.x). */
  documentId?: string;
  units: XliffReadUnit[];
}

/** What the planner needs to know of a Nysa segment. */
export interface XliffPlanSegment {
  id: string;
  source: string;
  target: string | null;
  state: SegmentState;
  version: number;
}

export interface XliffPlannedUpdate {
  segmentId: string;
  /** The new target, placeholders numbered as in the segment's source. */
  target: string;
  /** The segment version to compare-and-set against (the one in the file, which is still current). */
  expectedVersion: number;
  /** 'edit' leaves the segment a draft; 'confirm' edits and then confirms it (it ends `translated`). */
  action: XliffImportAction;
  /** The XLIFF state the unit came back with, as written in the file. */
  xliffState?: string;
}

export type XliffConflictReason = 'changed_since_export' | 'version_missing';

export interface XliffPlannedConflict {
  segmentId: string;
  reason: XliffConflictReason;
  /** The target in the file, placeholders numbered as in the segment's source. */
  theirs: string;
  /** The target in Nysa now. */
  ours: string | null;
  /** The version written in the file (absent when the file has none) and the segment's version now. */
  fileVersion?: number;
  currentVersion: number;
}

export type XliffRefusalReason =
  | 'unknown_unit'
  | 'duplicate_unit'
  | 'source_mismatch'
  | 'segment_locked'
  | 'segment_approved';

export interface XliffPlannedRefusal {
  unitId: string;
  reason: XliffRefusalReason;
}

export interface XliffImportPlan {
  updates: XliffPlannedUpdate[];
  /** Segment ids whose target in the file is empty or equal to Nysa's. */
  unchanged: string[];
  conflicts: XliffPlannedConflict[];
  refused: XliffPlannedRefusal[];
}

/** A text put back by rebuildXliff: null leaves that segment's place in the file exactly as it was. */
export type XliffRebuildText = { text: string; tags: InlineTag[]; state?: SegmentState } | null;

// Translation-memory units and a document's TM analysis. Plain data: no methods, no driver types.
// Both stores return exactly these.
import type { Timestamp } from '../common';
import type { Tally } from '../segments/types';

export const TM_UNIT_ORIGINS = ['segment', 'alignment', 'tmx'] as const;
export type TmUnitOrigin = (typeof TM_UNIT_ORIGINS)[number];

/** A German–Polish pair in a project's translation memory. */
export interface TmUnit {
  id: string;
  projectId: string;
  source: string;
  target: string;
  origin: TmUnitOrigin;
  /** The segment or alignment it came from; null for an imported TMX unit. */
  originId: string | null;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /**
   * Sources of the segments before and after it, for in-context (101) matches: null at a document's
   * edge, absent when unknown (alignment and TMX units).
   */
  prevSource?: string | null;
  nextSource?: string | null;
}

/** A unit as stored, with its revision: store-wide, strictly increasing with every write of a unit. */
export interface TmUnitChange {
  unit: TmUnit;
  revision: number;
}

/** The rows of a document's TM analysis: match bands, then new text, repetitions inside the document, locked text. */
export const TM_ANALYSIS_KEYS = ['101', '100', '95-99', '85-94', '75-84', '50-74', 'no_match', 'repetition', 'locked'] as const;
export type TmAnalysisKey = (typeof TM_ANALYSIS_KEYS)[number];
/** Segments and source words per analysis row: what a coordinator estimates cost from. */
export type TmAnalysis = Record<TmAnalysisKey, Tally>;

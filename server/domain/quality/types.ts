// Measured translation quality: LQA annotations after an MQM typology, and the post-edit distance of
// each confirmed or approved segment from the proposal it started from. Plain data; both stores return
// exactly these.
import type { Timestamp } from '../common';
import type { TmBand } from '../tm/score';

/** MQM severities; their weights are project settings (typology.ts has the defaults). */
export const LQA_SEVERITIES = ['neutral', 'minor', 'major', 'critical'] as const;
export type LqaSeverity = (typeof LQA_SEVERITIES)[number];

export type LqaWeights = Record<LqaSeverity, number>;

/** A part of the target an annotation points at: code-unit offsets, end exclusive. */
export interface TargetSpan {
  start: number;
  end: number;
}

export interface LqaAnnotation {
  id: string;
  segmentId: string;
  documentId: string;
  projectId: string;
  /** A category id of the project's typology, e.g. `accuracy` or `accuracy/mistranslation`. */
  category: string;
  severity: LqaSeverity;
  comment: string | null;
  span: TargetSpan | null;
  /** The segment's version and target when it was annotated (a later edit does not move the span). */
  segmentVersion: number;
  target: string | null;
  authorId: string;
  createdAt: Timestamp;
}

/** A project's LQA settings: the typology by name, categories switched off, weights and pass threshold. */
export interface ProjectLqaSettings {
  typology: string;
  disabledCategories: string[];
  weights: LqaWeights;
  /** The most penalty points per 1,000 evaluated words a document may have and still pass. */
  threshold: number;
}

/** When a post-edit distance was measured. */
export const POST_EDIT_STAGES = ['confirm', 'approve'] as const;
export type PostEditStage = (typeof POST_EDIT_STAGES)[number];

/** What the segment's first text came from: a DeepL proposal, a TM match, or nothing. */
export const PROPOSAL_ORIGINS = ['mt', 'tm', 'empty'] as const;
export type ProposalOrigin = (typeof PROPOSAL_ORIGINS)[number];

/** The distance between a segment's proposal and its target at confirmation or approval. */
export interface PostEditRecord {
  segmentId: string;
  documentId: string;
  projectId: string;
  stage: PostEditStage;
  origin: ProposalOrigin;
  /** The match band of a TM proposal; null otherwise. */
  band: TmBand | null;
  /** Who confirmed the target (the segment's translator) at the time of measuring. */
  translatorId: string | null;
  /** Who confirmed or approved (the actor of the measured step). */
  actorId: string;
  /** Character edit distance, placeholders counted as one character each. */
  distance: number;
  /** distance / the longer text's length: 0 unedited … 1 rewritten. */
  ratio: number;
  /** Source words of the segment (for weighting and the memory's savings). */
  words: number;
  at: Timestamp;
}

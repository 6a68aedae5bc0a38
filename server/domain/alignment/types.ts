// The aligner's vocabulary: a bead pairs consecutive German sentences with consecutive Polish ones;
// and the stored alignment people fix and confirm (plain data, as both stores return it).
import type { Timestamp } from '../common';

/**
 * One step of an alignment: indices of German and Polish sentences (consecutive, ascending), 1-1, 1-2,
 * 2-1, 1-0 or 0-1. The beads of an alignment are in order and cover every sentence exactly once.
 */
export interface Bead {
  de: number[];
  pl: number[];
  /** 0–1, from the bead's cost (see ./confidence.ts). */
  confidence: number;
}

/** A bead with its sentence texts instead of indices. */
export interface TextBead {
  de: string[];
  pl: string[];
  confidence: number;
}

export interface AlignOptions {
  /**
   * Initial half-width of the band around the diagonal, in sentences. The band doubles (and the
   * alignment is run again) while the best path touches its edge. Default 32.
   */
  band?: number;
  /** Use anchors (numbers, dates, names …) besides sentence lengths. Default true. */
  anchors?: boolean;
}

/**
 * One step of an alignment: consecutive German and Polish sentence indices (1-1, 1-2, 2-1, 1-0, 0-1 from
 * the aligner; any shape a person makes). A bead a person changed has confidence 1.
 */
export interface AlignmentBead {
  de: number[];
  pl: number[];
  /** 0–1: the aligner's posterior, or 1 for a bead a person made. */
  confidence: number;
}

/** The formats an alignment's two texts may be in: plain text and Markdown, pasted or from a file. */
export const ALIGNMENT_FORMATS = ['text', 'markdown'] as const;
export type AlignmentFormat = (typeof ALIGNMENT_FORMATS)[number];

export const ALIGNMENT_STATUSES = ['draft', 'confirmed'] as const;
export type AlignmentStatus = (typeof ALIGNMENT_STATUSES)[number];

/** A published German text paired sentence by sentence with its existing Polish version. */
export interface Alignment {
  id: string;
  projectId: string;
  title: string;
  format: AlignmentFormat;
  /** The sentences as segmented, inline markup rendered back (no placeholders). */
  deSentences: string[];
  plSentences: string[];
  /** In order, covering every sentence of both lists exactly once. */
  beads: AlignmentBead[];
  /** Draft while people fix pairs; confirmed once its pairs became translation units (then frozen). */
  status: AlignmentStatus;
  /** Increments on every change; clients send the version they saw (optimistic locking). */
  version: number;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

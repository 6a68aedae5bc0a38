// The aligner's vocabulary: a bead pairs consecutive German sentences with consecutive Polish ones.

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

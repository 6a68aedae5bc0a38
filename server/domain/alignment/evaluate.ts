// Precision and recall of an alignment against a gold one: a produced bead is correct when the gold
// alignment has a bead with exactly the same German and Polish sentences.
export interface BeadLike {
  de: readonly number[];
  pl: readonly number[];
}

export interface AlignmentScore {
  produced: number;
  gold: number;
  correct: number;
  /** correct / produced (1 when nothing was produced). */
  precision: number;
  /** correct / gold (1 when the gold alignment is empty). */
  recall: number;
}

const keyOf = (bead: BeadLike) => `${bead.de.join(',')}|${bead.pl.join(',')}`;

export function scoreAlignment(produced: readonly BeadLike[], gold: readonly BeadLike[]): AlignmentScore {
  const goldKeys = new Set(gold.map(keyOf));
  const correct = produced.filter((bead) => goldKeys.has(keyOf(bead))).length;
  return {
    produced: produced.length,
    gold: gold.length,
    correct,
    precision: produced.length === 0 ? 1 : correct / produced.length,
    recall: gold.length === 0 ? 1 : correct / gold.length,
  };
}

// Precision and recall of an alignment against a gold one, by beads (a produced bead is correct when
// the gold alignment has a bead with exactly the same German and Polish sentences) or by the sentence
// pairs the beads link.
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

/** Scores produced items (with repeats) against gold items (a set) by their keys. */
function scoreKeys(produced: readonly string[], gold: ReadonlySet<string>): AlignmentScore {
  const correct = produced.filter((key) => gold.has(key)).length;
  return {
    produced: produced.length,
    gold: gold.size,
    correct,
    precision: produced.length === 0 ? 1 : correct / produced.length,
    recall: gold.size === 0 ? 1 : correct / gold.size,
  };
}

const keyOf = (bead: BeadLike) => `${bead.de.join(',')}|${bead.pl.join(',')}`;

export function scoreAlignment(produced: readonly BeadLike[], gold: readonly BeadLike[]): AlignmentScore {
  return scoreKeys(produced.map(keyOf), new Set(gold.map(keyOf)));
}

const linksOf = (beads: readonly BeadLike[]) => beads.flatMap((bead) => bead.de.flatMap((i) => bead.pl.map((j) => `${i}|${j}`)));

/**
 * Precision and recall of the sentence pairs an alignment links (every German–Polish sentence pair
 * inside a bead): a 2-1 bead links two pairs, a 1-0 bead none. Gluing an orphan into a merge adds a
 * wrong pair (precision) without losing the right one; a shifted stretch loses both.
 */
export function scoreLinks(produced: readonly BeadLike[], gold: readonly BeadLike[]): AlignmentScore {
  return scoreKeys(linksOf(produced), new Set(linksOf(gold)));
}

export interface AlignmentCase {
  de: string[];
  pl: string[];
  gold: BeadLike[];
}

/**
 * A gold alignment with some sentences removed, as if the translator had dropped them (a German one)
 * or added them (a Polish one): the sentences whose counterpart was removed become 1-0 and 0-1 beads,
 * a merge that lost one sentence becomes smaller, and a bead that lost both sides disappears.
 */
export function withoutSentences(
  original: AlignmentCase,
  dropGerman: (index: number) => boolean,
  dropPolish: (index: number) => boolean,
): AlignmentCase {
  const renumber = (sentences: readonly string[], drop: (index: number) => boolean) => {
    const kept: string[] = [];
    const index = new Map<number, number>();
    sentences.forEach((sentence, k) => {
      if (drop(k)) return;
      index.set(k, kept.length);
      kept.push(sentence);
    });
    return { kept, index };
  };
  const german = renumber(original.de, dropGerman);
  const polish = renumber(original.pl, dropPolish);
  const gold: BeadLike[] = [];
  for (const bead of original.gold) {
    const de = bead.de.filter((i) => german.index.has(i)).map((i) => german.index.get(i) as number);
    const pl = bead.pl.filter((j) => polish.index.has(j)).map((j) => polish.index.get(j) as number);
    if (de.length > 0 && pl.length > 0) gold.push({ de, pl });
    else {
      for (const i of de) gold.push({ de: [i], pl: [] });
      for (const j of pl) gold.push({ de: [], pl: [j] });
    }
  }
  return { de: german.kept, pl: polish.kept, gold };
}

// Moving one sentence to the neighbouring pair (re-pairing without retyping the whole alignment): the
// first sentence of a side goes up to the end of the previous pair, the last one down to the start of
// the next. At either end of the text the sentence gets a pair of its own; a pair left without any
// sentence disappears. The server checks the result (PUT /api/alignments/:id/beads) like any re-pairing.

export type BeadSide = 'de' | 'pl';
export type MoveDirection = 'up' | 'down';

export interface BeadShape {
  de: number[];
  pl: number[];
}

export interface MovedBeads {
  beads: BeadShape[];
  /** Where the pair the sentence left is now, or, when it disappeared, the pair the sentence went to. */
  selected: number;
}

const copy = (bead: BeadShape): BeadShape => ({ de: [...bead.de], pl: [...bead.pl] });
const isEmpty = (bead: BeadShape) => bead.de.length === 0 && bead.pl.length === 0;

/** Null when the pair has no sentence on that side. */
export function moveSentence(beads: readonly BeadShape[], index: number, side: BeadSide, direction: MoveDirection): MovedBeads | null {
  const source = beads[index];
  if (!source || source[side].length === 0) return null;
  const next = beads.map(copy);
  let from = index;
  let target: number;
  if (direction === 'down') {
    const sentence = next[from][side].pop() as number;
    if (from === next.length - 1) next.push({ de: [], pl: [] });
    target = from + 1;
    next[target][side].unshift(sentence);
  } else {
    const sentence = next[from][side].shift() as number;
    if (from === 0) {
      next.unshift({ de: [], pl: [] });
      from = 1;
    }
    target = from - 1;
    next[target][side].push(sentence);
  }
  if (isEmpty(next[from])) {
    next.splice(from, 1);
    return { beads: next, selected: target > from ? target - 1 : target };
  }
  return { beads: next, selected: from };
}

/** The sentence indexes of the beads, as the server takes them. */
export const shapesOf = (beads: readonly { deIndexes: number[]; plIndexes: number[] }[]): BeadShape[] =>
  beads.map((bead) => ({ de: [...bead.deIndexes], pl: [...bead.plIndexes] }));

/** Below this the aligner was unsure: the pair is marked for a person to check. */
export const LOW_CONFIDENCE = 0.5;

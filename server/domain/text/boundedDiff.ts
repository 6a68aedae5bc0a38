// Text comparisons with a bound on their work. The `diff` package finds a shortest edit script (Myers):
// its work grows with the square of the number of edits, whatever the texts' lengths. Two unlike texts
// of a few thousand characters (a target rewritten, a hostile segment) cost it seconds; a request that
// compares them holds the server all that time. So every comparison here gives up past MAX_EDITS
// edits (the package's `maxEditLength`; some 10 ms of work) and says so by answering undefined: the
// caller then answers from something cheaper, and says what that answer is (a bound, a coarser diff).
import { diffArrays, diffChars, diffWordsWithSpace, type ArrayChange, type Change } from 'diff';

/** Edits (insertions plus deletions of one token) a comparison may find before it gives up. */
export const MAX_EDITS = 400;

/**
 * Whether two token lists of these lengths take more than `maxEdits` edits whatever they hold: each
 * token one has more than the other is an insertion or a deletion. Such lists are not diffed at all.
 */
const apartByLength = (lengthA: number, lengthB: number, maxEdits: number): boolean => Math.abs(lengthA - lengthB) > maxEdits;

/** Code points: the tokens of a character diff. */
function codePoints(text: string): number {
  let count = 0;
  for (const _char of text) count++;
  return count;
}

/** The character diff from `a` to `b`, or undefined if it takes more than `maxEdits` edits. */
export function diffCharsWithin(a: string, b: string, maxEdits = MAX_EDITS): Change[] | undefined {
  if (apartByLength(codePoints(a), codePoints(b), maxEdits)) return undefined;
  return diffChars(a, b, { maxEditLength: maxEdits });
}

/** The word diff (words, whitespace runs and punctuation as tokens), or undefined past `maxEdits` edits. */
export const diffWordsWithin = (a: string, b: string, maxEdits = MAX_EDITS): Change[] | undefined =>
  diffWordsWithSpace(a, b, { maxEditLength: maxEdits });

/** The diff of two token lists (equal by `equals`, default ===), or undefined past `maxEdits` edits. */
export function diffArraysWithin<T>(a: readonly T[], b: readonly T[], equals?: (x: T, y: T) => boolean, maxEdits = MAX_EDITS): ArrayChange<T>[] | undefined {
  if (apartByLength(a.length, b.length, maxEdits)) return undefined;
  return diffArrays(a as T[], b as T[], equals ? { comparator: equals, maxEditLength: maxEdits } : { maxEditLength: maxEdits });
}

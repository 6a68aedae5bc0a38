// Post-edit distance: a character-level Levenshtein distance between the proposal and the final target,
// normalised by the longer text's length (0 = accepted unedited, 1 = rewritten), as HTER-like figures
// per segment. Placeholders are masked first: each distinct `{1}`, `{/1}` or `{2/}` counts as one
// character, so moving a tag costs what moving a letter costs, not four. Linear space, O(n·m) time.
// Longer pairs (beyond LEVENSHTEIN_CELLS_MAX, texts of thousands of characters) are measured by a diff
// instead, whose work is bounded (../text/boundedDiff.ts): the characters inserted plus deleted, by a
// character diff, or else by a word diff (each changed word whole), or else the longer length. Each is
// an upper bound of the distance, at most twice it for the character diff; none holds a request for
// long, whatever the texts (a confirm runs this on the server's main thread).
import { splitPlaceholders } from '../segmentation/placeholders';
import { diffCharsWithin, diffWordsWithin } from '../text/boundedDiff';

export const LEVENSHTEIN_CELLS_MAX = 4_000_000;

export interface PostEditDistance {
  distance: number;
  /** distance / max(length of both), 0 for two empty texts. */
  ratio: number;
}

/** Both texts as arrays of code points, each placeholder one private-use character shared by both. */
function maskedCodePoints(a: string, b: string): [string[], string[]] {
  const masks = new Map<string, string>();
  let next = 0xf0000; // supplementary private use area A: never in real segment text
  const mask = (text: string): string[] =>
    splitPlaceholders(text).flatMap((part) => {
      if (part.kind === 'text') return [...part.text];
      let char = masks.get(part.text);
      if (char === undefined) {
        char = String.fromCodePoint(next);
        next += 1;
        masks.set(part.text, char);
      }
      return [char];
    });
  return [mask(a), mask(b)];
}

/** Levenshtein distance in two rows of the shorter length. */
export function levenshtein(a: readonly string[], b: readonly string[]): number {
  if (a.length < b.length) [a, b] = [b, a];
  if (b.length === 0) return a.length;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (ai === b[j - 1] ? 0 : 1);
      const deletion = previous[j] + 1;
      const insertion = current[j - 1] + 1;
      current[j] = substitution < deletion ? (substitution < insertion ? substitution : insertion) : deletion < insertion ? deletion : insertion;
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Characters in the parts a diff inserts or deletes. */
function changedLength(parts: readonly { added: boolean; removed: boolean; value: string }[]): number {
  let changed = 0;
  for (const part of parts) if (part.added || part.removed) changed += [...part.value].length;
  return changed;
}

/** An upper bound of the distance, found with bounded work (see the header). */
function diffDistance(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  const [textA, textB] = [a.join(''), b.join('')];
  const parts = diffCharsWithin(textA, textB) ?? diffWordsWithin(textA, textB);
  return parts === undefined ? longer : Math.min(changedLength(parts), longer);
}

export function postEditDistance(proposal: string, target: string): PostEditDistance {
  if (proposal === target) return { distance: 0, ratio: 0 };
  const [a, b] = maskedCodePoints(proposal, target);
  const longer = Math.max(a.length, b.length);
  const distance = a.length * b.length > LEVENSHTEIN_CELLS_MAX ? diffDistance(a, b) : levenshtein(a, b);
  return { distance, ratio: longer === 0 ? 0 : distance / longer };
}

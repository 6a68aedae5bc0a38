// How alike two German sources are, for pairing a revised sentence with the one it replaces. Words,
// numbers and placeholders are compared in order (a word diff through the `diff` package, as every text
// comparison in Nysa); punctuation and case are left out. The score is the Dice coefficient of the
// tokens the diff keeps: 2 · common / (tokens of a + tokens of b), 1 for the same words, 0 for none.
import { diffArrays } from 'diff';
import { tokenize } from '../tm/tokens';

/** The compared tokens of a source: normalized words, numbers and placeholders, punctuation dropped. */
export function similarityTokens(source: string): string[] {
  return tokenize(source)
    .filter((token) => token.kind !== 'punct')
    .map((token) => token.norm);
}

/**
 * The highest similarity two token lists of these lengths can reach (all of the shorter one in common):
 * pairs below a threshold by length alone are never diffed.
 */
export function similarityBound(lengthA: number, lengthB: number): number {
  if (lengthA + lengthB === 0) return 1;
  return (2 * Math.min(lengthA, lengthB)) / (lengthA + lengthB);
}

/** Dice similarity of two token lists in order, 0–1. Two empty lists are alike (1). */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  let common = 0;
  for (const change of diffArrays(a as string[], b as string[])) if (!change.added && !change.removed) common += change.count;
  return (2 * common) / (a.length + b.length);
}

/** Dice similarity of two sources (see tokenSimilarity). */
export function sourceSimilarity(a: string, b: string): number {
  return tokenSimilarity(similarityTokens(a), similarityTokens(b));
}

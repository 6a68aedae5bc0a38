// How alike two German sources are, for pairing a revised sentence with the one it replaces. Words,
// numbers and placeholders are compared in order (a word diff through the `diff` package, as every text
// comparison in Nysa); punctuation and case are left out. The score is the Dice coefficient of the
// tokens the diff keeps: 2 · common / (tokens of a + tokens of b), 1 for the same words, 0 for none.
// The words the two have in common in any order bound it from above, cheaply: pairs below a threshold
// by that bound are never diffed. The diff's work is bounded (../text/boundedDiff.ts); for two long
// sources too unlike for it, the score is that bound.
import { diffArraysWithin } from '../text/boundedDiff';
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

/** Dice similarity of the two token lists as bags (in any order): never below the similarity in order. */
export function bagSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of b) {
    const left = counts.get(token);
    if (left === undefined || left === 0) continue;
    counts.set(token, left - 1);
    common += 1;
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * Dice similarity of two token lists in order, 0–1. Two empty lists are alike (1). Below `atLeast`, the
 * answer is only some value below `atLeast`: the bag similarity, found without a diff.
 */
export function tokenSimilarity(a: readonly string[], b: readonly string[], atLeast = 0): number {
  if (a.length + b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const bag = bagSimilarity(a, b);
  if (bag === 0 || bag < atLeast) return bag;
  const changes = diffArraysWithin(a, b);
  if (changes === undefined) return bag;
  let common = 0;
  for (const change of changes) if (!change.added && !change.removed) common += change.count;
  return (2 * common) / (a.length + b.length);
}

/** Dice similarity of two sources (see tokenSimilarity). */
export function sourceSimilarity(a: string, b: string): number {
  return tokenSimilarity(similarityTokens(a), similarityTokens(b));
}

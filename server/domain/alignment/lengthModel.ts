// Gale & Church's length model (Computational Linguistics 19(1), 1993): the Polish length of a bead is
// normally distributed around RATIO × German length, with variance VARIANCE × length. A bead's cost is
// −ln P(type) − ln P(|δ| or more), in nats.
import { stripPlaceholders } from '../segmentation/placeholders';

/**
 * Polish characters per German character. Measured on the 305 bead pairs with both sides in
 * tests/fixtures/alignment (7 documents): 0.984 (0.977 for German sentences of 60+ characters) —
 * Polish administrative prose came out slightly *shorter* than German there, not longer.
 */
export const LENGTH_RATIO = 0.98;
/** Variance of (pl − RATIO·de) per character, measured on the same pairs: 2.35. */
export const LENGTH_VARIANCE = 2.35;

const RATIO = LENGTH_RATIO;
const VARIANCE = LENGTH_VARIANCE;

export type BeadType = '1-1' | '1-2' | '2-1' | '1-0' | '0-1';

/**
 * Bead type priors: the frequencies in tests/fixtures/alignment (321 beads: 289 1-1, 9 2-1, 7 1-2,
 * 8 1-0, 8 0-1), rounded, merges and omissions split evenly. Gale & Church's Hansard figures (0.89 /
 * 0.089 / 0.0099) made omissions four times rarer; on these administrative texts, where a translation
 * drops or adds a sentence as often as it merges two, they cost 1.1 points of precision and recall.
 * An omitted sentence costs its prior only (no length term).
 */
export const BEAD_PRIORS: Record<BeadType, number> = {
  '1-1': 0.9,
  '1-2': 0.025,
  '2-1': 0.025,
  '1-0': 0.025,
  '0-1': 0.025,
};

/** Length of a sentence as the model counts it: code points without placeholders, outer spaces trimmed. */
export function sentenceLength(sentence: string): number {
  return [...stripPlaceholders(sentence).trim()].length;
}

/**
 * −ln erfc(x) for x ≥ 0, from the Chebyshev fit of Numerical Recipes (erfcc, relative error < 1.2e-7),
 * taken in log space so it never underflows.
 */
function negLogErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -x * x -
    1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return -(Math.log(t) + poly);
}

/** −ln P(|Z| ≥ |δ|) for the length pair of a bead with both sides (German length, Polish length). */
export function lengthCost(de: number, pl: number): number {
  const mean = (de + pl / RATIO) / 2;
  if (mean === 0) return 0;
  const delta = (pl - de * RATIO) / Math.sqrt(VARIANCE * mean);
  // P(|Z| ≥ |δ|) = erfc(|δ| / √2)
  return negLogErfc(Math.abs(delta) / Math.SQRT2);
}

export function priorCost(type: BeadType): number {
  return -Math.log(BEAD_PRIORS[type]);
}

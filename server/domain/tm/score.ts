// Fuzzy match score between two German sentences and the match bands translators know.
//
// The score is a weighted word-level edit similarity: 100 * (1 - cost / max(length)), rounded down,
// where cost is the cheapest edit script turning the query's tokens into the candidate's and a
// sentence's length is the sum of its tokens' weights. Weights, in tenths of a word:
//
//   insert / delete   word, number, placeholder 10 · punctuation 5
//   substitute        same text 0
//                     same word in another case (Antrag/antrag)              2
//                     another number (31.01.2019 → 30.01.2019)               5
//                     another punctuation mark (. → !)                       5
//                     anything else (two words, word ↔ number, placeholders) 10
//
// Placeholders ({1}, {/1}, {2/}) are tokens like words. Every substitution costs at least the
// difference of the two weights (10 vs 5) and never more than deleting one and inserting the other:
// the index's bounds (tmIndex.ts) rely on both. The score is rounded down, so score ≥ t exactly when
// 100 · cost ≤ (100 − t) · length. Then: 100 only for identical text (a whitespace difference already
// gives 99); texts whose words, numbers and placeholders are the same apart from case, in the same
// order and at least one (the same "normalized text"), score 95 to 99 whatever their punctuation;
// a different number costs half a word and can never reach 100. One word changed in a ten-word
// sentence scores 90; one case difference in ten words 98; a date changed in "Die Sitzung findet am
// 31.01.2019 statt." 92.
import { tokenize } from './tokens';
import { encode, Vocabulary, type TokenSeq } from './vocabulary';

/** Length weight of a token by kind code (word, number, placeholder, punct), in tenths. */
export const LENGTH_WEIGHT: readonly number[] = [10, 10, 10, 5];
export const CASE_COST = 2;
export const NUMBER_COST = 5;
export const PUNCT_COST = 5;
// Module-local copies: the hot loop must not read imported bindings (getters under some loaders).
const WORD_WEIGHT = 10;
const PUNCT_WEIGHT = 5;
const NUMBER_KIND = 1;
const PUNCT_KIND = 3;
/** No early stop (a small integer keeps the hot loop on integers). */
const NO_LIMIT = 0x3fffffff;

export type TmBand = '101' | '100' | '95-99' | '85-94' | '75-84' | '50-74';

let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);
let bWeight = new Int32Array(64);

/** Sum of the tokens' length weights, in tenths. */
export function seqWeight(seq: TokenSeq): number {
  let total = 0;
  for (let i = 0; i < seq.length; i++) total += LENGTH_WEIGHT[seq.kinds[i]];
  return total;
}

/**
 * The weighted edit cost (tenths) from `a` to `b`. Stops early and returns `maxCost + 1` as soon as
 * every cell of a row exceeds `maxCost`: costs are never negative, so the total can only be higher.
 */
export function editCost(a: TokenSeq, b: TokenSeq, maxCost = NO_LIMIT): number {
  const n = a.length;
  const m = b.length;
  if (m + 1 > prevRow.length) {
    prevRow = new Int32Array(2 * (m + 1));
    curRow = new Int32Array(2 * (m + 1));
    bWeight = new Int32Array(2 * (m + 1));
  }
  let prev = prevRow;
  let cur = curRow;
  const bw = bWeight;
  const { ids: bIds, keys: bKeys, kinds: bKinds } = b;
  const { ids: aIds, keys: aKeys, kinds: aKinds } = a;
  prev[0] = 0;
  for (let j = 0; j < m; j++) {
    bw[j] = bKinds[j] === PUNCT_KIND ? PUNCT_WEIGHT : WORD_WEIGHT;
    prev[j + 1] = prev[j] + bw[j];
  }
  for (let i = 0; i < n; i++) {
    const aId = aIds[i];
    const aKey = aKeys[i];
    const aKind = aKinds[i];
    const aW = aKind === PUNCT_KIND ? PUNCT_WEIGHT : WORD_WEIGHT;
    const cheapKind = aKind === NUMBER_KIND || aKind === PUNCT_KIND;
    const cheapCost = aKind === NUMBER_KIND ? NUMBER_COST : PUNCT_COST;
    let diagonal = prev[0];
    let left = diagonal + aW;
    cur[0] = left;
    let rowMin = left;
    for (let j = 0; j < m; j++) {
      const up = prev[j + 1];
      let sub: number;
      if (aId === bIds[j]) sub = 0;
      else if (aKey === bKeys[j]) sub = CASE_COST;
      else if (cheapKind && aKind === bKinds[j]) sub = cheapCost;
      else sub = aW > bw[j] ? aW : bw[j];
      let v = diagonal + sub;
      if (up + aW < v) v = up + aW;
      if (left + bw[j] < v) v = left + bw[j];
      cur[j + 1] = v;
      if (v < rowMin) rowMin = v;
      diagonal = up;
      left = v;
    }
    if (rowMin > maxCost) return maxCost + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/** True when both have the same words, numbers and placeholders (by normalized key), in order, and at least one. */
export function sameContent(a: TokenSeq, b: TokenSeq): boolean {
  let i = 0;
  let j = 0;
  let any = false;
  for (;;) {
    while (i < a.length && a.kinds[i] === PUNCT_KIND) i++;
    while (j < b.length && b.kinds[j] === PUNCT_KIND) j++;
    if (i === a.length || j === b.length) return any && i === a.length && j === b.length;
    if (a.keys[i++] !== b.keys[j++]) return false;
    any = true;
  }
}

/** The score of two different texts from their edit cost and the longer length (both in tenths). */
export function scoreFromCost(cost: number, maxLength: number, normalizedEqual: boolean): number {
  let score = maxLength === 0 ? 100 : Math.max(0, Math.floor((100 * (maxLength - cost)) / maxLength));
  if (normalizedEqual && score < 95) score = 95;
  return score > 99 ? 99 : score;
}

/** Fuzzy match score 0–100 of `candidate` for `query`; 100 only when the texts are identical. */
export function fuzzyScore(query: string, candidate: string): number {
  if (query === candidate) return 100;
  const vocab = new Vocabulary();
  const a = encode(vocab, tokenize(query), true);
  const b = encode(vocab, tokenize(candidate), true);
  const maxLength = Math.max(seqWeight(a), seqWeight(b));
  return scoreFromCost(editCost(a, b), maxLength, sameContent(a, b));
}

/** The band of a score; '101' is an exact match whose neighbouring segments match too. */
export function bandOf(score: number, inContext: boolean): TmBand | null {
  if (score >= 100) return inContext ? '101' : '100';
  if (score >= 95) return '95-99';
  if (score >= 85) return '85-94';
  if (score >= 75) return '75-84';
  if (score >= 50) return '50-74';
  return null;
}

// What the index's filters need to know about a query, computed once per lookup (tmIndex.ts).
import { keyBit, maskOf, rawMask } from './signatures';
import type { TokenSeq } from './vocabulary';

const NUMBER = 1;
const PUNCT = 3;
const LENGTH_WEIGHT = [10, 10, 10, 5];

/**
 * The query's distinct content keys, rarest first, and per key (weights in tenths): weight
 * (count × w': word and placeholder 10, number 5), token count, first and last position (prefix
 * weight), the sure case cost (2 × count when no unit holds any of its query forms, else 0), its
 * key-signature bit and mask and the raw-signature mask of its known forms; suffix sums and the union
 * of key bits from each key on; the known punctuation forms with their cost when absent (5 per
 * token); and `sure`, the cost of punctuation forms that no unit holds.
 */
export interface QueryPlan {
  keys: number[];
  sure: number;
  weights: Int32Array;
  counts: Int32Array;
  firstPositions: Int32Array;
  lastPositions: Int32Array;
  cases: Int32Array;
  keyBits: Int32Array;
  keyMasks: Int32Array;
  rawMasks: Int32Array;
  punctMasks: Int32Array;
  punctCosts: Int32Array;
  weightFrom: Int32Array;
  casesFrom: Int32Array;
  /** From key k on: Σ (weight − sure case cost), the most an unseen unit's keys can pay back. */
  rest: Int32Array;
  keyBitsFrom: Int32Array;
}

/** Plans a query; `frequency` gives a key's posting-list length (the rarity order). */
export function planQuery(seq: TokenSeq, frequency: (key: number) => number): QueryPlan {
  const byKey = new Map<number, { weight: number; count: number; known: boolean; lo: number; hi: number; first: number; last: number }>();
  const punct = new Map<number, number>();
  let sure = 0;
  const { ids, keys: keyIds, kinds } = seq;
  for (let i = 0, position = 0; i < seq.length; position += LENGTH_WEIGHT[kinds[i++]]) {
    if (kinds[i] === PUNCT) {
      if (ids[i] < 0) sure += 5;
      else punct.set(ids[i], (punct.get(ids[i]) ?? 0) + 1);
      continue;
    }
    const entry = byKey.get(keyIds[i]) ?? { weight: 0, count: 0, known: false, lo: 0, hi: 0, first: position, last: 0 };
    entry.weight += kinds[i] === NUMBER ? 5 : 10;
    entry.count++;
    entry.last = position;
    if (ids[i] >= 0) {
      const [lo, hi] = rawMask(ids[i]);
      entry.known = true;
      entry.lo |= lo;
      entry.hi |= hi;
    }
    byKey.set(keyIds[i], entry);
  }
  const keys = [...byKey.keys()].sort((a, b) => frequency(a) - frequency(b) || a - b);
  const entries = keys.map((key) => byKey.get(key)!);
  const n = keys.length;
  const forms = [...punct.keys()];
  const plan: QueryPlan = {
    keys,
    sure,
    weights: new Int32Array(entries.map((e) => e.weight)),
    counts: new Int32Array(entries.map((e) => e.count)),
    firstPositions: new Int32Array(entries.map((e) => e.first)),
    lastPositions: new Int32Array(entries.map((e) => e.last)),
    cases: new Int32Array(entries.map((e) => (e.known ? 0 : 2 * e.count))),
    // An unknown key (negative: in no unit) has no bit.
    keyBits: new Int32Array(keys.map((key) => (key < 0 ? -1 : keyBit(key)))),
    keyMasks: new Int32Array(keys.flatMap((key) => (key < 0 ? [0, 0] : maskOf(keyBit(key))))),
    rawMasks: new Int32Array(entries.flatMap((e) => [e.lo, e.hi])),
    punctMasks: new Int32Array(forms.flatMap(rawMask)),
    punctCosts: new Int32Array(forms.map((id) => 5 * punct.get(id)!)),
    weightFrom: new Int32Array(n + 1),
    casesFrom: new Int32Array(n + 1),
    rest: new Int32Array(n + 1),
    keyBitsFrom: new Int32Array(2 * n + 2),
  };
  for (let k = n - 1; k >= 0; k--) {
    plan.weightFrom[k] = plan.weightFrom[k + 1] + plan.weights[k];
    plan.casesFrom[k] = plan.casesFrom[k + 1] + plan.cases[k];
    plan.rest[k] = plan.weightFrom[k] - plan.casesFrom[k];
    plan.keyBitsFrom[2 * k] = plan.keyBitsFrom[2 * k + 2] | plan.keyMasks[2 * k];
    plan.keyBitsFrom[2 * k + 1] = plan.keyBitsFrom[2 * k + 3] | plan.keyMasks[2 * k + 1];
  }
  return plan;
}

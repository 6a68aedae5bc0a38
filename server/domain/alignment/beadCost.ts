// The cost of a candidate bead (nats, lower is better): type prior + length term + anchor term +
// lexical term (./lexicalOverlap.ts). A bead that leaves a sentence without counterpart costs its prior
// only. Everything that depends on one sentence only — its length, its anchors, what its anchors cost
// when unshared, its trigrams — is computed once; anchor keys and trigrams are interned as integers and
// kept sorted, so matching a bead is a merge of a few short arrays.
import { ANCHOR_WEIGHTS, PENALISED_WHEN_UNSHARED, UNSHARED_FACTOR, extractAnchors, type Anchor } from './anchors';
import { lengthCost, priorCost, sentenceLength as sentenceLengthOf } from './lengthModel';
import {
  MERGED_WITHOUT_EVIDENCE_COST,
  PUNCTUATION_DIFFERENCE_COST,
  SharedTrigramCounter,
  punctuationMarks,
  sharedTrigramIds,
  trigramCost,
} from './lexicalOverlap';

export interface BeadCoster {
  /** Cost of the bead taking German sentences [i, i+di) and Polish sentences [j, j+dj). */
  cost(i: number, di: number, j: number, dj: number): number;
}

interface Side {
  lengths: Int32Array;
  anchors: Int32Array[]; // sorted anchor ids per sentence
  /** What the sentence's anchors cost when none is shared. */
  unshared: Float64Array;
  /** Sorted trigram ids (only trigrams found on both sides of the document); empty without anchors. */
  trigrams: Int32Array[];
}

// Local copies: a bundler's import getters would otherwise run in the innermost loop.
const lengthCostOf = lengthCost;
const COST_11 = priorCost('1-1');
const COST_12 = priorCost('1-2');
const COST_21 = priorCost('2-1');
const COST_10 = priorCost('1-0');
const COST_01 = priorCost('0-1');

/** Names count only when the other side has them somewhere too (the rest are German nouns, mostly). */
function keepShared(de: Anchor[][], pl: Anchor[][]): [Anchor[][], Anchor[][]] {
  const names = (side: Anchor[][]) => new Set(side.flat().filter((a) => a.kind === 'name' || a.kind === 'term').map((a) => a.key));
  const deNames = names(de);
  const plNames = names(pl);
  const filter = (side: Anchor[][], other: Set<string>) =>
    side.map((list) => list.filter((a) => (a.kind !== 'name' && a.kind !== 'term') || other.has(a.key)));
  return [filter(de, plNames), filter(pl, deNames)];
}

export function createBeadCoster(de: readonly string[], pl: readonly string[], useAnchors = true): BeadCoster {
  const ids = new Map<string, number>();
  const gain: number[] = []; // by id: what sharing one occurrence saves (its reward + both penalties)
  const penalty: number[] = []; // by id: cost of one unshared occurrence
  const intern = (anchor: Anchor): number => {
    let id = ids.get(anchor.key);
    if (id === undefined) {
      id = ids.size;
      ids.set(anchor.key, id);
      const weight = ANCHOR_WEIGHTS[anchor.kind];
      const unshared = PENALISED_WHEN_UNSHARED[anchor.kind] ? weight * UNSHARED_FACTOR : 0;
      penalty.push(unshared);
      gain.push(weight + 2 * unshared);
    }
    return id;
  };
  const extract = (sentences: readonly string[], language: 'de' | 'pl') => sentences.map((s) => (useAnchors ? extractAnchors(s, language) : []));
  const [deAnchors, plAnchors] = keepShared(extract(de, 'de'), extract(pl, 'pl'));
  const trigramIds = useAnchors ? sharedTrigramIds(de, pl) : { german: [], polish: [], ids: 0 };
  const [deTrigrams, plTrigrams] = [trigramIds.german, trigramIds.polish];
  const side = (sentences: readonly string[], anchors: Anchor[][], trigrams: Int32Array[]): Side => {
    const ids = anchors.map((list) => Int32Array.from(list.map(intern)).sort());
    return {
      trigrams,
      lengths: Int32Array.from(sentences, (s) => sentenceLengthOf(s)),
      anchors: ids,
      unshared: Float64Array.from(ids, (list) => list.reduce((sum, id) => sum + (penalty[id] as number), 0)),
    };
  };
  const german = side(de, deAnchors, deTrigrams);
  const polish = side(pl, plAnchors, plTrigrams);
  const germanMarks = Int32Array.from(de, punctuationMarks);
  const polishMarks = Int32Array.from(pl, punctuationMarks);
  const empty = new Int32Array(0);

  /** What the shared anchors of the two lists (each the union of up to two sentences) save. */
  const sharedGain = (a1: Int32Array, a2: Int32Array, b1: Int32Array, b2: Int32Array): number => {
    let saved = 0;
    let ia1 = 0, ia2 = 0, ib1 = 0, ib2 = 0;
    for (;;) {
      const xa = Math.min(ia1 < a1.length ? (a1[ia1] as number) : Infinity, ia2 < a2.length ? (a2[ia2] as number) : Infinity);
      const xb = Math.min(ib1 < b1.length ? (b1[ib1] as number) : Infinity, ib2 < b2.length ? (b2[ib2] as number) : Infinity);
      if (xa === Infinity || xb === Infinity) return saved;
      if (xa === xb) saved += gain[xa] as number;
      if (xa <= xb) {
        if (ia1 < a1.length && a1[ia1] === xa) ia1++;
        else ia2++;
      }
      if (xb <= xa) {
        if (ib1 < b1.length && b1[ib1] === xb) ib1++;
        else ib2++;
      }
    }
  };

  const anchorCost = (i: number, di: number, j: number, dj: number): number => {
    const a1 = german.anchors[i] as Int32Array;
    const a2 = di === 2 ? (german.anchors[i + 1] as Int32Array) : empty;
    const b1 = polish.anchors[j] as Int32Array;
    const b2 = dj === 2 ? (polish.anchors[j + 1] as Int32Array) : empty;
    let cost = (german.unshared[i] as number) + (polish.unshared[j] as number);
    if (di === 2) cost += german.unshared[i + 1] as number;
    if (dj === 2) cost += polish.unshared[j + 1] as number;
    if ((a1.length === 0 && a2.length === 0) || (b1.length === 0 && b2.length === 0)) return cost;
    return cost - sharedGain(a1, a2, b1, b2);
  };

  const counter = new SharedTrigramCounter(deTrigrams, plTrigrams, trigramIds.ids);
  // Hot path: no closures or arrays are made per call.
  const germanSizes = Int32Array.from(deTrigrams, (list) => list.length);
  const polishSizes = Int32Array.from(plTrigrams, (list) => list.length);
  /**
   * A merge counts what each of its sentences shares with the other side, against both sentences'
   * trigrams together; each must share some, or it is likely an orphan glued on.
   */
  const lexicalCost = (i: number, di: number, j: number, dj: number): number => {
    if (!useAnchors) return 0;
    const first = counter.count(i, j);
    if (di === 1 && dj === 1) return trigramCost(first, germanSizes[i] as number, polishSizes[j] as number);
    const second = di === 2 ? counter.count(i + 1, j) : counter.count(i, j + 1);
    const germanSize = (germanSizes[i] as number) + (di === 2 ? (germanSizes[i + 1] as number) : 0);
    const polishSize = (polishSizes[j] as number) + (dj === 2 ? (polishSizes[j + 1] as number) : 0);
    let cost = trigramCost(first + second, germanSize, polishSize);
    if (first === 0) cost += MERGED_WITHOUT_EVIDENCE_COST;
    if (second === 0) cost += MERGED_WITHOUT_EVIDENCE_COST;
    return cost;
  };
  const len = (s: Side, k: number) => s.lengths[k] as number;
  /** Commas, semicolons, brackets, dashes and colons: a translation keeps their number (./lexicalOverlap.ts). */
  const punctuationCost = (i: number, di: number, j: number, dj: number): number => {
    if (!useAnchors) return 0;
    const german = (germanMarks[i] as number) + (di === 2 ? (germanMarks[i + 1] as number) : 0);
    const polish = (polishMarks[j] as number) + (dj === 2 ? (polishMarks[j + 1] as number) : 0);
    // A merge joins two sentences with a comma or a dash, so it may have one mark more.
    const difference = Math.abs(german - polish) - (di === 1 && dj === 1 ? 0 : 1);
    return PUNCTUATION_DIFFERENCE_COST[Math.max(0, Math.min(difference, PUNCTUATION_DIFFERENCE_COST.length - 1))] as number;
  };

  return {
    cost(i, di, j, dj) {
      if (dj === 0) return COST_10;
      if (di === 0) return COST_01;
      const pair = anchorCost(i, di, j, dj) + lexicalCost(i, di, j, dj) + punctuationCost(i, di, j, dj);
      if (di === 1 && dj === 1) return COST_11 + lengthCostOf(len(german, i), len(polish, j)) + pair;
      if (di === 2) return COST_21 + lengthCostOf(len(german, i) + len(german, i + 1), len(polish, j)) + pair;
      return COST_12 + lengthCostOf(len(german, i), len(polish, j) + len(polish, j + 1)) + pair;
    },
  };
}

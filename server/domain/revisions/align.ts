// Which segment of a document's new German version continues which segment of the old one: an
// alignment of the two sequences of sources, not a bag of sentences.
//
// 1. Exact anchors: sources with equal keys (whitespace and placeholder numbering aside,
//    domain/repetitions/sourceKey.ts), in order. Keys that occur once in each version are paired first
//    and the longest increasing run of them kept (patience diff); between two of these, the rest is a
//    longest common subsequence through the `diff` package (bounded: ../text/boundedDiff.ts). Each
//    exact pair is `unchanged`.
// 2. Between two anchors, the old and new segments left over are paired in document order by
//    similarity (similarity.ts): the order-keeping pairing with the greatest summed similarity, pairs
//    below the threshold not allowed (a small dynamic programme; for a gap too large for it, the nearest
//    good pair ahead, step by step). Each pair is `changed`; what stays unpaired is `new` or `removed`.
// 3. A sentence moved out of its place (so not an anchor) is still the same sentence: a `new` segment
//    whose key equals a `removed` one is paired with it as `unchanged`, first come first served.
import { diffArraysWithin } from '../text/boundedDiff';
import { similarityBound, similarityTokens, tokenSimilarity } from './similarity';
import type { RevisionAlignment, RevisionCounts, RevisionPair } from './types';
import { appendAll } from '../arrays';

/** Below this similarity a new sentence is not a revision of an old one, but a new sentence. */
export const SIMILARITY_THRESHOLD = 0.5;
/** Gaps of at most this many old × new segments are paired by the full dynamic programme. */
const FULL_PAIRING_CELLS = 4_096;
/** How far ahead (in old and in new segments) the step-by-step pairing of a large gap looks. */
const LOOKAHEAD = 8;

export interface AlignOptions {
  /** Default SIMILARITY_THRESHOLD. */
  threshold?: number;
}

/** Pairs the new sources (by their keys) with the old ones; see the header. */
export function alignRevision(oldKeys: readonly string[], newKeys: readonly string[], options: AlignOptions = {}): RevisionAlignment {
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  const gaps = new GapPairing(oldKeys, newKeys, threshold);
  const byNew: (RevisionPair | undefined)[] = new Array(newKeys.length);
  const removed: number[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const [oldIndex, newIndex] of exactPairs(oldKeys, newKeys)) {
    const gapOld = range(oldAt, oldIndex);
    const gapNew = range(newAt, newIndex);
    if (gapOld.length > 0 || gapNew.length > 0) for (const pair of gaps.pair(gapOld, gapNew, removed)) byNew[pair.newIndex] = pair;
    byNew[newIndex] = { newIndex, oldIndex, kind: 'unchanged', similarity: 1 };
    oldAt = oldIndex + 1;
    newAt = newIndex + 1;
  }
  for (const pair of gaps.pair(range(oldAt, oldKeys.length), range(newAt, newKeys.length), removed)) byNew[pair.newIndex] = pair;
  const pairs = Array.from(byNew, (pair, newIndex): RevisionPair => pair ?? { newIndex, oldIndex: null, kind: 'new', similarity: 0 });
  return pairMovedSentences(oldKeys, newKeys, pairs, removed.sort((a, b) => a - b));
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** Step 1: the exact pairs [old index, new index], increasing in both. */
function exactPairs(oldKeys: readonly string[], newKeys: readonly string[]): [number, number][] {
  const anchors = uniqueAnchors(oldKeys, newKeys);
  const pairs: [number, number][] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const anchor of [...anchors, [oldKeys.length, newKeys.length] as [number, number]]) {
    // Between two unique anchors (usually a handful of segments): the longest common subsequence. A gap
    // too unlike for a bounded diff keeps no exact pairs here: step 2 pairs it by similarity, and step 3
    // finds its unchanged sentences.
    const common = anchor[0] > oldAt && anchor[1] > newAt ? diffArraysWithin(oldKeys.slice(oldAt, anchor[0]), newKeys.slice(newAt, anchor[1])) : undefined;
    if (common !== undefined) {
      let i = oldAt;
      let j = newAt;
      for (const change of common) {
        if (change.removed) i += change.count;
        else if (change.added) j += change.count;
        else for (let k = 0; k < change.count; k++) pairs.push([i++, j++]);
      }
    }
    if (anchor[0] < oldKeys.length) pairs.push(anchor);
    oldAt = anchor[0] + 1;
    newAt = anchor[1] + 1;
  }
  return pairs;
}

/** Keys occurring exactly once in each version, paired, and of those the longest run increasing in both. */
function uniqueAnchors(oldKeys: readonly string[], newKeys: readonly string[]): [number, number][] {
  const once = (keys: readonly string[]) => {
    const at = new Map<string, number>();
    for (let i = 0; i < keys.length; i++) at.set(keys[i], at.has(keys[i]) ? -1 : i);
    return at;
  };
  const oldOnce = once(oldKeys);
  const newOnce = once(newKeys);
  const candidates: [number, number][] = [];
  for (let i = 0; i < oldKeys.length; i++) {
    const j = newOnce.get(oldKeys[i]);
    if (oldOnce.get(oldKeys[i]) === i && j !== undefined && j >= 0) candidates.push([i, j]);
  }
  // Longest increasing subsequence of the new indexes (patience sorting, O(n log n)).
  const tails: number[] = [];
  const previous = new Int32Array(candidates.length).fill(-1);
  candidates.forEach(([, j], c) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (candidates[tails[middle]][1] < j) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[c] = tails[low - 1];
    tails[low] = c;
  });
  const anchors: [number, number][] = [];
  for (let c = tails.length > 0 ? tails[tails.length - 1] : -1; c >= 0; c = previous[c]) anchors.push(candidates[c]);
  return anchors.reverse();
}

/** Step 3: a removed sentence that reappears elsewhere unchanged keeps its segment. */
function pairMovedSentences(oldKeys: readonly string[], newKeys: readonly string[], pairs: RevisionPair[], removed: number[]): RevisionAlignment {
  const waiting = new Map<string, number[]>();
  for (const oldIndex of removed) {
    const list = waiting.get(oldKeys[oldIndex]);
    if (list) list.push(oldIndex);
    else waiting.set(oldKeys[oldIndex], [oldIndex]);
  }
  const moved = new Set<number>();
  for (const pair of pairs) {
    if (pair.kind !== 'new') continue;
    const candidates = waiting.get(newKeys[pair.newIndex]);
    const oldIndex = candidates?.shift();
    if (oldIndex === undefined) continue;
    pairs[pair.newIndex] = { newIndex: pair.newIndex, oldIndex, kind: 'unchanged', similarity: 1 };
    moved.add(oldIndex);
  }
  return { pairs, removed: moved.size === 0 ? removed : removed.filter((oldIndex) => !moved.has(oldIndex)) };
}

/** Step 2, one gap between anchors at a time; tokens are computed once per segment. */
class GapPairing {
  private readonly oldTokens: (string[] | undefined)[];
  private readonly newTokens: (string[] | undefined)[];

  constructor(
    private readonly oldKeys: readonly string[],
    private readonly newKeys: readonly string[],
    private readonly threshold: number,
  ) {
    this.oldTokens = new Array(oldKeys.length);
    this.newTokens = new Array(newKeys.length);
  }

  /** The pairs of a gap; unpaired old indexes are pushed to `removed`, unpaired new ones are left out. */
  pair(gapOld: readonly number[], gapNew: readonly number[], removed: number[]): RevisionPair[] {
    if (gapOld.length === 0 || gapNew.length === 0) {
      appendAll(removed, gapOld);
      return [];
    }
    const matches = gapOld.length * gapNew.length <= FULL_PAIRING_CELLS ? this.bestPairing(gapOld, gapNew) : this.stepwisePairing(gapOld, gapNew);
    const paired = new Set<number>();
    const pairs = matches.map(([i, j, similarity]): RevisionPair => {
      paired.add(gapOld[i]);
      const oldIndex = gapOld[i];
      const newIndex = gapNew[j];
      const same = this.oldKeys[oldIndex] === this.newKeys[newIndex];
      return { newIndex, oldIndex, kind: same ? 'unchanged' : 'changed', similarity: same ? 1 : similarity };
    });
    for (const oldIndex of gapOld) if (!paired.has(oldIndex)) removed.push(oldIndex);
    return pairs;
  }

  /** The similarity of old `o` and new `n`, or -1 when it is below the threshold. */
  private similarity(o: number, n: number): number {
    if (this.oldKeys[o] === this.newKeys[n]) return 1;
    const a = (this.oldTokens[o] ??= similarityTokens(this.oldKeys[o]));
    const b = (this.newTokens[n] ??= similarityTokens(this.newKeys[n]));
    if (similarityBound(a.length, b.length) < this.threshold) return -1;
    const similarity = tokenSimilarity(a, b, this.threshold);
    return similarity >= this.threshold ? similarity : -1;
  }

  /** The order-keeping pairing with the greatest summed similarity, as [gap old i, gap new j, similarity]. */
  private bestPairing(gapOld: readonly number[], gapNew: readonly number[]): [number, number, number][] {
    const m = gapOld.length;
    const n = gapNew.length;
    const similarities = new Float64Array(m * n);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) similarities[i * n + j] = this.similarity(gapOld[i], gapNew[j]);
    // best[(i) * (n + 1) + j]: the greatest sum pairing the first i old with the first j new segments.
    const width = n + 1;
    const best = new Float64Array((m + 1) * width);
    for (let i = 1; i <= m; i++) {
      for (let j = 1; j <= n; j++) {
        const similarity = similarities[(i - 1) * n + (j - 1)];
        const diagonal = similarity >= 0 ? best[(i - 1) * width + (j - 1)] + similarity : -1;
        best[i * width + j] = Math.max(diagonal, best[(i - 1) * width + j], best[i * width + (j - 1)]);
      }
    }
    const matches: [number, number, number][] = [];
    let i = m;
    let j = n;
    while (i > 0 && j > 0) {
      const similarity = similarities[(i - 1) * n + (j - 1)];
      if (similarity >= 0 && best[i * width + j] === best[(i - 1) * width + (j - 1)] + similarity) {
        matches.push([i - 1, j - 1, similarity]);
        i--;
        j--;
      } else if (best[i * width + j] === best[(i - 1) * width + j]) {
        i--;
      } else {
        j--;
      }
    }
    return matches.reverse();
  }

  /** For large gaps: from the current position, the nearest good pair ahead (ties: the most similar). */
  private stepwisePairing(gapOld: readonly number[], gapNew: readonly number[]): [number, number, number][] {
    const matches: [number, number, number][] = [];
    let i = 0;
    let j = 0;
    while (i < gapOld.length && j < gapNew.length) {
      let found: [number, number, number] | null = null;
      for (let distance = 0; distance <= 2 * LOOKAHEAD && !found; distance++) {
        for (let a = Math.max(0, distance - LOOKAHEAD); a <= Math.min(distance, LOOKAHEAD); a++) {
          const b = distance - a;
          if (i + a >= gapOld.length || j + b >= gapNew.length) continue;
          const similarity = this.similarity(gapOld[i + a], gapNew[j + b]);
          if (similarity >= 0 && (!found || similarity > found[2])) found = [i + a, j + b, similarity];
        }
      }
      if (!found) {
        i++;
        j++;
        continue;
      }
      matches.push(found);
      i = found[0] + 1;
      j = found[1] + 1;
    }
    return matches;
  }
}

/** How many segments the alignment keeps unchanged, revises, adds and removes. */
export function countAlignment(alignment: RevisionAlignment): RevisionCounts {
  const counts: RevisionCounts = { unchanged: 0, changed: 0, new: 0, removed: alignment.removed.length };
  for (const pair of alignment.pairs) counts[pair.kind] += 1;
  return counts;
}

// The search behind TmIndex.lookup: candidate generation, filters and exact scoring over a UnitStore.
// The bounds used here are proven in tmIndex.ts, (1)–(7).
import { IdCounts } from './idCounts';
import { planQuery } from './queryPlan';
import { editCost, sameContent, scoreFromCost, seqWeight } from './score';
import { BUCKET, placeBit } from './signatures';
import { tokenize } from './tokens';
import { contentOf, LAYOUT, type UnitStore } from './unitStore';
import { emptySeq, encode, type TokenSeq } from './vocabulary';

// The loops below are the hottest code of a lookup: V8 folds literal module constants, not imported
// or destructured ones, so the layout of unitStore.ts and signatures.ts is repeated here, checked once.
const HOT = 8;
const SEEN = 0;
const WEIGHT = 1;
const KEY_SIGNATURE = 2;
const RAW_SIGNATURE = 4;
const PLACE_SIGNATURE = 6;
const BUCKET_WIDTH = 40;
const layout = { HOT, SEEN, WEIGHT, KEY_SIGNATURE, RAW_SIGNATURE, PLACE_SIGNATURE };
if (JSON.stringify(layout) !== JSON.stringify(LAYOUT) || BUCKET_WIDTH !== BUCKET) throw new Error('tm search: layout differs from unitStore');
const bitOf = placeBit;
const NUMBER = 1;
const PUNCT = 3;
const LENGTH_WEIGHT = [10, 10, 10, 5];

export interface Context {
  prevSource?: string | null;
  nextSource?: string | null;
}

export interface Query extends Context {
  text: string;
  seq: TokenSeq;
  /** W, N' (tenths), content hash, punctuation tokens. */
  weight: number;
  content: number;
  hash: number;
  punct: number;
}

export interface Hit {
  slot: number;
  score: number;
  /** The score, or 101 for an in-context exact match. */
  rank: number;
}

/** Best first: in-context exact before exact, higher score, then the more recently added unit. */
const better = (a: Hit, b: Hit): boolean => a.rank > b.rank || (a.rank === b.rank && a.slot > b.slot);

export class MatchSearch {
  private seenStamp = 0;
  /** The query's content keys and forms (raw ids), for overlaps; and the last overlap's counts. */
  private readonly queryKeys = new IdCounts();
  private readonly queryForms = new IdCounts();
  private keyMatches = 0;
  private rawMatches = 0;
  private punctMatches = 0;
  private readonly cand: TokenSeq = emptySeq(64);

  constructor(private readonly store: UnitStore) {}

  prepare(text: string, context: Context): Query {
    const seq = encode(this.store.vocab, tokenize(text), false);
    if (++this.seenStamp === 0x7fffffff) {
      for (let slot = 0; slot < this.store.slots; slot++) this.store.hot[slot * HOT + SEEN] = 0;
      this.seenStamp = 1;
    }
    this.queryKeys.reset(seq.length);
    this.queryForms.reset(seq.length);
    let punct = 0;
    for (let i = 0, position = 0; i < seq.length; position += LENGTH_WEIGHT[seq.kinds[i++]]) {
      if (seq.kinds[i] === PUNCT) punct++;
      if (seq.ids[i] >= 0) this.queryForms.add(seq.ids[i], position);
      if (seq.keys[i] >= 0 && seq.kinds[i] !== PUNCT) this.queryKeys.add(seq.keys[i], position);
    }
    const { content, hash } = contentOf(seq);
    return { text, seq, weight: seqWeight(seq), content, hash, punct, prevSource: context.prevSource, nextSource: context.nextSource };
  }

  /** The best `limit` (≥ 1) units scoring at least `minScore`, best first. */
  best(q: Query, limit: number, minScore: number): Hit[] {
    const { hot, hash, nextInBucket } = this.store;
    const top: Hit[] = [];
    if (100 * q.content - (100 - minScore) * q.weight <= 0) {
      // (4) proves nothing: score every unit.
      for (let slot = this.store.slots - 1; slot >= 0; slot--) {
        if (hot[slot * HOT + WEIGHT] >= 0) this.consider(q, slot, top, limit, minScore);
      }
      return top;
    }
    // (7) Units with the same normalized text score 95–100 whatever the bounds say: take them first.
    for (let slot = this.store.bucketOf(q.hash); slot !== -1; slot = nextInBucket[slot]) {
      const at = slot * HOT;
      if (hash[slot] !== q.hash || hot[at + WEIGHT] < 0 || hot[at + SEEN] === this.seenStamp) continue;
      hot[at + SEEN] = this.seenStamp;
      this.consider(q, slot, top, limit, minScore);
    }
    this.probe(q, top, limit, minScore);
    return top;
  }

  /** The best unit scoring at least `minScore`, every unit scored in full: the reference for `best`. */
  scan(q: Query, minScore: number): Hit | null {
    const { hot, sources } = this.store;
    let best: Hit | null = null;
    for (let slot = 0; slot < this.store.slots; slot++) {
      const weight = hot[slot * HOT + WEIGHT];
      if (weight < 0) continue;
      const cand = this.store.load(slot, this.cand);
      const longer = Math.max(q.weight, weight);
      let score: number;
      if (sources[slot] === q.text) score = 100;
      else if (sameContent(q.seq, cand)) score = scoreFromCost(editCost(q.seq, cand), longer, true);
      else {
        // The scorer's early stop only cuts costs that could not reach minScore anyway.
        const maxCost = Math.floor(((100 - minScore) * longer) / 100);
        const cost = editCost(q.seq, cand, maxCost);
        score = cost > maxCost ? -1 : scoreFromCost(cost, longer, false);
      }
      if (score < minScore) continue;
      const hit = { slot, score, rank: this.rankOf(q, slot, score) };
      if (best === null || better(hit, best)) best = hit;
    }
    return best;
  }

  /**
   * Reads the posting lists of the query's keys, rarest first and newest first, while (4) says that
   * an unseen unit could still enter `top`; dismisses most units of a list on their hot record (6)
   * before `consider`.
   */
  private probe(q: Query, top: Hit[], limit: number, minScore: number): void {
    const p = planQuery(q.seq, (key) => this.store.postings.frequency(key));
    const { keys, keyBits, keyMasks, rawMasks, weights, counts, cases, punctMasks, punctCosts, firstPositions, lastPositions } = p;
    const n = keys.length;
    const need = (threshold: number): number => 100 * (q.content + p.sure) - (100 - threshold) * q.weight;
    const postings = this.store.postings;
    const pool = postings.pool;
    const hot = this.store.hot;
    const stamp = this.seenStamp;
    const queryWeight = q.weight;
    // Per key-signature bit, Σ (weight − sure case cost) of the keys from k on with that bit.
    const byBit = new Int32Array(64);
    for (let j = 0; j < n; j++) if (keyBits[j] >= 0) byBit[keyBits[j]] += weights[j] - cases[j];
    for (let k = 0; k < n; k++) {
      if (k > 0 && keyBits[k - 1] >= 0) byBit[keyBits[k - 1]] -= weights[k - 1] - cases[k - 1];
      // (4): a unit not met yet holds none of keys 0…k-1, so it pays back at most p.rest[k].
      if (100 * p.rest[k] < need(this.thresholdFor(top, limit, minScore, false))) return;
      // (5) Thresholds for units newer and older than the last kept hit; older ones must beat its
      // score, and once none can, the list (newest first) ends there.
      let last = -1;
      let newer = minScore;
      let older = minScore;
      let stopAt = -1;
      const refresh = (): void => {
        if (top.length < limit) return;
        last = top[limit - 1].slot;
        newer = this.thresholdFor(top, limit, minScore, false);
        older = this.thresholdFor(top, limit, minScore, true);
        stopAt = 100 * p.rest[k] < need(older) ? last : -1;
      };
      refresh();
      const base = q.content + p.sure - p.weightFrom[k] + p.casesFrom[k];
      const keyLo = p.keyBitsFrom[2 * k];
      const keyHi = p.keyBitsFrom[2 * k + 1];
      list: for (let block = postings.newest(keys[k]); block !== -1; block = pool[block]) {
        for (let i = postings.blockEnd(keys[k], block) - 1; i >= block + 2; i--) {
          const slot = pool[i];
          if (slot <= stopAt) break list;
          const at = slot * HOT;
          const weight = hot[at + WEIGHT];
          if (weight < 0) continue;
          // (1), then (6): keys before k are absent; from k on a key whose bit is unset costs its weight.
          const grown = weight - queryWeight;
          const allowed = (100 - (slot > last ? newer : older)) * (grown > 0 ? weight : queryWeight);
          if (100 * (grown > 0 ? grown : -grown) > allowed) continue;
          let bound = base + (grown > 0 ? grown : 0);
          const sigLo = hot[at + KEY_SIGNATURE];
          const sigHi = hot[at + KEY_SIGNATURE + 1];
          for (let missing = keyLo & ~sigLo; missing !== 0; missing &= missing - 1) bound += byBit[31 - Math.clz32(missing & -missing)];
          for (let missing = keyHi & ~sigHi; missing !== 0; missing &= missing - 1) bound += byBit[63 - Math.clz32(missing & -missing)];
          if (100 * bound > allowed) continue;
          // A punctuation form surely absent costs 5 per token; a key present but surely not where
          // a cheap alignment could pair it (5) its weight; present and placed but with its query
          // forms surely absent, 2 per token.
          const formLo = hot[at + RAW_SIGNATURE];
          const formHi = hot[at + RAW_SIGNATURE + 1];
          for (let j = 0; j < punctCosts.length; j++) {
            if ((formLo & punctMasks[2 * j]) === 0 && (formHi & punctMasks[2 * j + 1]) === 0) bound += punctCosts[j];
          }
          const maxCost = Math.floor(allowed / 100);
          const below = Math.ceil((-grown - maxCost) / 2);
          const above = Math.floor((-grown + maxCost) / 2);
          const placeLo = hot[at + PLACE_SIGNATURE];
          const placeHi = hot[at + PLACE_SIGNATURE + 1];
          for (let j = k; j < n && bound <= maxCost; j++) {
            if ((sigLo & keyMasks[2 * j]) !== keyMasks[2 * j] || (sigHi & keyMasks[2 * j + 1]) !== keyMasks[2 * j + 1]) continue;
            // Query positions pq pair with unit positions pc only if below ≤ pq − pc ≤ above.
            let placed = false;
            const lastBucket = Math.floor(Math.max(0, lastPositions[j] - below) / BUCKET_WIDTH);
            for (let bucket = Math.floor(Math.max(0, firstPositions[j] - above) / BUCKET_WIDTH); bucket <= lastBucket && !placed; bucket++) {
              const bit = bitOf(keys[j], bucket);
              placed = ((bit < 32 ? placeLo : placeHi) & (1 << (bit & 31))) !== 0;
            }
            if (!placed) bound += weights[j] - cases[j];
            else if (cases[j] === 0 && (formLo & rawMasks[2 * j]) === 0 && (formHi & rawMasks[2 * j + 1]) === 0) bound += 2 * counts[j];
          }
          if (bound > maxCost) continue;
          if (hot[at + SEEN] === stamp) continue;
          hot[at + SEEN] = stamp;
          if (this.consider(q, slot, top, limit, minScore)) refresh();
        }
      }
    }
  }

  /** The score a unit needs to enter `top`, if newer or older than its last hit (101: it cannot). */
  private thresholdFor(top: Hit[], limit: number, minScore: number, older: boolean): number {
    if (top.length < limit) return minScore;
    const rank = top[limit - 1].rank + (older ? 1 : 0);
    return rank > 101 ? 101 : Math.max(minScore, Math.min(100, rank));
  }

  /** (7), or (1)–(3) with (5) exactly, then the scorer; true when the unit joins the best `limit`. */
  private consider(q: Query, slot: number, top: Hit[], limit: number, minScore: number): boolean {
    const threshold = this.thresholdFor(top, limit, minScore, top.length === limit && slot < top[limit - 1].slot);
    if (threshold > 100) return false;
    const { hot, hash, content, count, sources } = this.store;
    const wc = hot[slot * HOT + WEIGHT];
    const longer = Math.max(q.weight, wc);
    const maxCost = Math.floor(((100 - threshold) * longer) / 100);
    let score = -1;
    if (hash[slot] === q.hash && content[slot] === q.content) {
      if (sources[slot] === q.text) score = 100;
      else if (sameContent(q.seq, this.store.load(slot, this.cand))) score = scoreFromCost(editCost(q.seq, this.cand), longer, true);
    }
    if (score < 0) {
      const grown = wc - q.weight;
      if (Math.abs(grown) > maxCost) return false;
      const overlap = this.overlap(slot, -grown, maxCost);
      const cases = 2 * Math.max(0, this.keyMatches - this.rawMatches);
      const slotPunct = (10 * count[slot] - wc) / 5;
      const bound = Math.max(
        (grown > 0 ? grown : 0) + q.content - overlap + cases + 5 * (q.punct - this.punctMatches),
        (grown < 0 ? -grown : 0) + content[slot] - overlap + cases + 5 * (slotPunct - this.punctMatches),
      );
      if (bound > maxCost) return false;
      const cost = editCost(q.seq, this.store.load(slot, this.cand), maxCost);
      if (cost > maxCost) return false;
      score = scoreFromCost(cost, longer, false);
    }
    if (score < threshold) return false;
    const hit = { slot, score, rank: this.rankOf(q, slot, score) };
    let at = top.length;
    while (at > 0 && better(hit, top[at - 1])) at--;
    if (at >= limit) return false;
    top.splice(at, 0, hit);
    if (top.length > limit) top.pop();
    return true;
  }

  /**
   * O' between the prepared query and a slot, counting only pairs that (5) allows for an edit script
   * costing at most `maxCost` (`gap` = Wq − Wc); also the content tokens paired by key and by raw form
   * (their difference bounds the case-only pairs from below) and punctuation paired by form.
   */
  private overlap(slot: number, gap: number, maxCost: number): number {
    const { tokens, tokenKeys, start, count } = this.store;
    this.queryKeys.nextCandidate();
    this.queryForms.nextCandidate();
    const below = Math.ceil((gap - maxCost) / 2);
    const above = Math.floor((gap + maxCost) / 2);
    let overlap = 0;
    let keyMatches = 0;
    let rawMatches = 0;
    let punctMatches = 0;
    for (let i = start[slot], end = i + count[slot], position = 0; i < end; i++) {
      const keyAndKind = tokenKeys[i];
      const kind = keyAndKind & 3;
      if (this.queryForms.take(tokens[i])) {
        if (kind === PUNCT) punctMatches++;
        else rawMatches++;
      }
      if (kind !== PUNCT && this.queryKeys.take(keyAndKind >> 2, position + below, position + above)) {
        keyMatches++;
        overlap += kind === NUMBER ? 5 : 10;
      }
      position += kind === PUNCT ? 5 : 10;
    }
    this.keyMatches = keyMatches;
    this.rawMatches = rawMatches;
    this.punctMatches = punctMatches;
    return overlap;
  }

  private rankOf(q: Query, slot: number, score: number): number {
    if (score !== 100 || q.prevSource === undefined || q.nextSource === undefined) return score;
    const { prevs, nexts } = this.store;
    return prevs[slot] === q.prevSource && nexts[slot] === q.nextSource ? 101 : 100;
  }
}

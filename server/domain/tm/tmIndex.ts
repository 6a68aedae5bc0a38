// The translation-memory lookup index: exact and fuzzy matches for a German segment, best first.
//
// Why this design. Candidates come from an inverted index over the normalized words, numbers and
// placeholders ("keys") of every stored source, read with prefix filtering: a query only reads the
// posting lists of its rarest keys, as many as the threshold requires, so "der"/"die" lists are
// never read unless a sentence has nothing rarer. Each candidate then passes a length filter and an
// overlap filter and is scored by the exact scorer (score.ts), which stops as soon as it cannot
// reach the threshold; the threshold rises to the k-th best score found so far. Unlike MinHash/LSH
// this is exact (it cannot miss, proof below); unlike a BK-tree it needs no metric (the normalized
// score is none) and stays fast for long sentences. Cost: strings are interned to integer ids; a
// stored sentence is its token ids in one Int32Array pool (4 B per token) plus 24 B of typed
// per-unit data, and 4 B per (unit, distinct key) in the posting pool (postings.ts); the texts and
// the id → slot map dominate. Short sentences made only of frequent words read long lists: they are
// the slowest queries. A removed or replaced unit is a tombstone until more than half are dead, then
// everything is compacted (relative order kept). The vocabulary only grows.
//
// Why it cannot miss (weights in tenths; see score.ts). For a query q and a candidate c let W be the
// length weight (word/number/placeholder 10, punctuation 5), N' the content weight (word and
// placeholder 10, number 5, punctuation 0), O' = Σ over content keys k of w'(k)·min(count_q(k),
// count_c(k)), C the edit cost, M = max(Wq, Wc). score = ⌊100(M − C)/M⌋ ≥ t ⟺ 100·C ≤ (100 − t)·M.
//  (1) C ≥ |Wc − Wq|: every operation costs at least the change of length it makes.
//  (2) C ≥ max(0, Wc − Wq) + N'q − O'. Give each operation f = cost + (weight of its q token) −
//      (weight of its c token); then Σf = C + Wq − Wc and f ≥ 0 by (1). A query content token that
//      the edit script does not align with a candidate token of the same key (at most O' of the
//      content weight is aligned) is deleted (f = 20) or substituted by another key (f ≥ cost ≥ 5
//      for a number, ≥ 10 otherwise), so f ≥ w', and its cost alone is ≥ w' too: C ≥ N'q − O' and
//      C = Σf + Wc − Wq ≥ N'q − O' + Wc − Wq. Case differences keep the key, so they count as aligned.
//      By symmetry C ≥ max(0, Wq − Wc) + N'c − O'.
//  (3) Hence a candidate with score ≥ t has 100·O' ≥ need = 100·N'q − (100 − t)·Wq: if Wc ≤ Wq,
//      by (2) 100(N'q − O') ≤ (100 − t)Wq; if Wc > Wq, 100(Wc − Wq + N'q − O') ≤ (100 − t)Wc gives
//      100·O' ≥ 100N'q − 100Wq + t·Wc > need.
//  (4) Prefix: order the query's keys (rarest first, any order is sound) and take the shortest head
//      whose rest R has 100·R < need. A candidate holding no head key has O' ≤ R, so it fails (3);
//      therefore every candidate that can reach t appears in a head key's posting list. When
//      need ≤ 0 (a query of punctuation, numbers or a very low threshold) nothing is proven and
//      every unit is scanned. Candidates with the same normalized text (scored 95–99 regardless of
//      punctuation) hold every query key, so they are found, and they skip the filters.
// scanBest scores every unit in full without any filter: tests and the benchmark compare the two.
import { Conflict, InvalidInput } from '../errors';
import { wordDiff, type TmDiffPart } from './diff';
import { IdCounts } from './idCounts';
import { Postings } from './postings';
import { planQuery } from './queryPlan';
import { bandOf, editCost, sameContent, scoreFromCost, seqWeight, type TmBand } from './score';
import { BUCKET, keyBit, placeBit, rawBit, setBit } from './signatures';
import { tokenize } from './tokens';
import { emptySeq, encode, grow, Vocabulary, type TokenSeq } from './vocabulary';

export interface TmIndexUnit {
  id: string;
  /** German source text, placeholders as {1}…{/1}, {2/}. */
  source: string;
  /** Polish target text. */
  target: string;
  /** Sources of the segments before and after it; null at a document's edge, undefined when unknown. */
  prevSource?: string | null;
  nextSource?: string | null;
}

export interface TmMatch {
  unitId: string;
  source: string;
  target: string;
  /** 0–100; an in-context exact match has score 100 and band '101'. */
  score: number;
  band: TmBand | null;
  /** Word diff from the match's source to the query. */
  diff: TmDiffPart[];
}

export interface TmLookupOptions {
  /** Lowest score returned, default 75. */
  minScore?: number;
  /** Most matches returned, default 5. */
  limit?: number;
  /** The query's neighbouring sources: both given and equal to a unit's make its exact match '101'. */
  prevSource?: string | null;
  nextSource?: string | null;
}

interface Query {
  text: string;
  seq: TokenSeq;
  weight: number;
  content: number;
  hash: number;
  /** Punctuation tokens. */
  punct: number;
  prevSource?: string | null;
  nextSource?: string | null;
}

interface Hit {
  slot: number;
  score: number;
  rank: number;
}

// Kind codes (vocabulary.ts) and weights (score.ts) as module constants: hot loops read no imports.
const NUMBER = 1;
const PUNCT = 3;
const LENGTH_WEIGHT = [10, 10, 10, 5];
const OVERLAP_WEIGHT = [10, 5, 10, 0];

/** Content weight N' (tenths) and a hash of the content keys in order. */
function contentOf(seq: TokenSeq): { content: number; hash: number } {
  let content = 0;
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < seq.length; i++) {
    if (seq.kinds[i] === PUNCT) continue;
    content += OVERLAP_WEIGHT[seq.kinds[i]];
    hash = Math.imul(hash ^ seq.keys[i], 0x01000193);
  }
  return { content, hash };
}

/** Best first: in-context exact before exact, higher score, then the more recently added unit. */
const better = (a: Hit, b: Hit): boolean => a.rank > b.rank || (a.rank === b.rank && a.slot > b.slot);

/**
 * Hot per-slot fields, interleaved so that one cache line serves a posting: visit stamp, W (-1 once
 * removed), and the key, raw-form and place signatures (signatures.ts), two int32 words each.
 */
const HOT = 8;
const SEEN = 0;
const WEIGHT = 1;
const KEY_SIGNATURE = 2;
const RAW_SIGNATURE = 4;
const PLACE_SIGNATURE = 6;

export class TmIndex {
  private readonly vocab = new Vocabulary();
  private postings = new Postings();
  private readonly slotOf = new Map<string, number>();
  private ids: (string | undefined)[] = [];
  private sources: string[] = [];
  private targets: string[] = [];
  private prevs: (string | null | undefined)[] = [];
  private nexts: (string | null | undefined)[] = [];
  /** Token ids of every unit, one after another; and each token's key × 4 + kind code. */
  private tokens = new Int32Array(1 << 16);
  private tokenKeys = new Int32Array(1 << 16);
  private tokensUsed = 0;
  private hot = new Int32Array(1024 * HOT);
  /** Per slot: first token in `tokens`, token count, N', content hash. */
  private start = new Int32Array(1024);
  private count = new Int32Array(1024);
  private content = new Int32Array(1024);
  private hash = new Int32Array(1024);
  /** Units by content hash: bucket → newest slot, slot → next older slot in its bucket (-1: end). */
  private bucketHead = new Int32Array(2048).fill(-1);
  private nextInBucket = new Int32Array(1024);
  private slots = 0;
  private live = 0;
  private seenStamp = 0;
  /** The query's content keys and its forms (raw ids), for overlaps; and the last overlap's counts. */
  private readonly queryKeys = new IdCounts();
  private readonly queryForms = new IdCounts();
  private keyMatches = 0;
  private rawMatches = 0;
  private punctMatches = 0;
  private readonly cand: TokenSeq = emptySeq(64);

  /** Number of units held. */
  get size(): number {
    return this.live;
  }

  /** Adds a unit; an id already held is a conflict (use update). */
  add(unit: TmIndexUnit): void {
    if (typeof unit.id !== 'string' || unit.id === '') throw new InvalidInput('a TM unit needs an id');
    if (typeof unit.source !== 'string' || typeof unit.target !== 'string') throw new InvalidInput('a TM unit needs a source and a target');
    if (this.slotOf.has(unit.id)) throw new Conflict(`TM unit ${unit.id} already exists`, { unitId: unit.id });
    this.insert(unit);
  }

  /** Replaces the unit with the same id (adds it when absent); it then counts as the most recent. */
  update(unit: TmIndexUnit): void {
    this.remove(unit.id);
    this.add(unit);
  }

  /** Removes a unit; false when there was none. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.slotOf.delete(id);
    this.hot[slot * HOT + WEIGHT] = -1;
    this.ids[slot] = undefined;
    this.sources[slot] = this.targets[slot] = '';
    this.prevs[slot] = this.nexts[slot] = undefined;
    this.live--;
    const dead = this.slots - this.live;
    if (dead > 1024 && dead > this.live) this.compact();
    return true;
  }

  /** Matches scoring at least `minScore` (default 75), best first, at most `limit` (default 5). */
  lookup(query: string, options: TmLookupOptions = {}): TmMatch[] {
    const minScore = Math.max(0, Math.min(100, Math.ceil(options.minScore ?? 75)));
    const limit = Math.floor(options.limit ?? 5);
    if (!(limit >= 1)) return [];
    const q = this.prepare(query, options);
    const top: Hit[] = [];
    if (100 * q.content - (100 - minScore) * q.weight <= 0) {
      for (let slot = this.slots - 1; slot >= 0; slot--) {
        if (this.hot[slot * HOT + WEIGHT] >= 0) this.consider(q, slot, top, limit, minScore);
      }
    } else {
      // Units with the same normalized text score 95–100 whatever the filters say: find them first.
      for (let slot = this.bucketHead[q.hash & (this.bucketHead.length - 1)]; slot !== -1; slot = this.nextInBucket[slot]) {
        const at = slot * HOT;
        if (this.hash[slot] !== q.hash || this.hot[at + WEIGHT] < 0 || this.hot[at + SEEN] === this.seenStamp) continue;
        this.hot[at + SEEN] = this.seenStamp;
        this.consider(q, slot, top, limit, minScore);
      }
      this.probe(q, top, limit, minScore);
    }
    return top.map((hit) => this.match(hit, query));
  }

  /**
   * The best match scoring at least `minScore`, found without the index: every unit is scored by the
   * exact scorer, which only stops early once a unit's cost exceeds what `minScore` allows.
   */
  scanBest(query: string, minScore = 75, context: Pick<TmLookupOptions, 'prevSource' | 'nextSource'> = {}): TmMatch | null {
    const q = this.prepare(query, context);
    let best: Hit | null = null;
    for (let slot = 0; slot < this.slots; slot++) {
      const weight = this.hot[slot * HOT + WEIGHT];
      if (weight < 0) continue;
      const cand = this.load(slot);
      const longer = Math.max(q.weight, weight);
      let score: number;
      if (this.sources[slot] === query) score = 100;
      else if (sameContent(q.seq, cand)) score = scoreFromCost(editCost(q.seq, cand), longer, true);
      else {
        const maxCost = Math.floor(((100 - minScore) * longer) / 100);
        const cost = editCost(q.seq, cand, maxCost);
        score = cost > maxCost ? -1 : scoreFromCost(cost, longer, false);
      }
      if (score < minScore) continue;
      const hit = { slot, score, rank: this.rankOf(q, slot, score) };
      if (best === null || better(hit, best)) best = hit;
    }
    return best && this.match(best, query);
  }

  private insert(unit: TmIndexUnit): void {
    const seq = encode(this.vocab, tokenize(unit.source), true);
    const slot = this.slots++;
    if (slot === this.start.length) this.growSlots(slot * 2);
    this.ids[slot] = unit.id;
    this.sources[slot] = unit.source;
    this.targets[slot] = unit.target;
    this.prevs[slot] = unit.prevSource;
    this.nexts[slot] = unit.nextSource;
    this.store(slot, seq.ids, 0, seq.length);
    this.slotOf.set(unit.id, slot);
    this.live++;
  }

  /** Writes a slot's tokens, derived numbers, signature and postings. */
  private store(slot: number, ids: Int32Array, from: number, length: number): void {
    if (this.tokensUsed + length > this.tokens.length) {
      const capacity = Math.max(this.tokensUsed + length, Math.floor(this.tokens.length * 1.5));
      this.tokens = grow(this.tokens, capacity);
      this.tokenKeys = grow(this.tokenKeys, capacity);
    }
    const { keyOf, kindOf } = this.vocab;
    for (let i = 0; i < length; i++) {
      const id = ids[from + i];
      this.tokens[this.tokensUsed + i] = id;
      this.tokenKeys[this.tokensUsed + i] = keyOf[id] * 4 + kindOf[id];
    }
    this.start[slot] = this.tokensUsed;
    this.count[slot] = length;
    this.tokensUsed += length;
    const seq = this.load(slot);
    const { content, hash } = contentOf(seq);
    this.content[slot] = content;
    this.hash[slot] = hash;
    if (2 * this.slots > this.bucketHead.length) this.rehash(2 * this.bucketHead.length);
    else this.chain(slot);
    const hot = slot * HOT;
    this.hot[hot + SEEN] = 0;
    this.hot[hot + WEIGHT] = seqWeight(seq);
    this.hot.fill(0, hot + KEY_SIGNATURE, hot + HOT);
    for (let i = 0, position = 0; i < seq.length; position += LENGTH_WEIGHT[seq.kinds[i++]]) {
      setBit(this.hot, hot + RAW_SIGNATURE, rawBit(seq.ids[i]));
      if (seq.kinds[i] === PUNCT) continue;
      setBit(this.hot, hot + KEY_SIGNATURE, keyBit(seq.keys[i]));
      setBit(this.hot, hot + PLACE_SIGNATURE, placeBit(seq.keys[i], Math.floor(position / BUCKET)));
      let j = 0;
      while (j < i && seq.keys[j] !== seq.keys[i]) j++;
      if (j === i) this.postings.add(seq.keys[i], slot);
    }
  }

  /** The slot's tokens in the reusable candidate sequence. */
  private load(slot: number): TokenSeq {
    const n = this.count[slot];
    const cand = this.cand;
    if (n > cand.ids.length) Object.assign(cand, emptySeq(2 * n));
    const from = this.start[slot];
    for (let i = 0; i < n; i++) {
      const keyAndKind = this.tokenKeys[from + i];
      cand.ids[i] = this.tokens[from + i];
      cand.keys[i] = keyAndKind >> 2;
      cand.kinds[i] = keyAndKind & 3;
    }
    cand.length = n;
    return cand;
  }

  private prepare(text: string, context: Pick<TmLookupOptions, 'prevSource' | 'nextSource'>): Query {
    const seq = encode(this.vocab, tokenize(text), false);
    if (++this.seenStamp === 0x7fffffff) {
      for (let slot = 0; slot < this.slots; slot++) this.hot[slot * HOT + SEEN] = 0;
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

  /**
   * Reads the posting lists of the query's keys, rarest first and newest first, while (4) says that
   * an unseen unit could still enter `top`, then checks each unit against (2) on its signatures
   * before the exact filters: most units of a long list are dismissed on one cache line.
   */
  private probe(q: Query, top: Hit[], limit: number, minScore: number): void {
    const p = planQuery(q.seq, (key) => this.postings.frequency(key));
    const { keys, keyBits, keyMasks, rawMasks, weights, counts, cases, punctMasks, punctCosts, firstPositions, lastPositions } = p;
    const n = keys.length;
    const need = (threshold: number): number => 100 * (q.content + p.sure) - (100 - threshold) * q.weight;
    const pool = this.postings.pool;
    const hot = this.hot;
    const stamp = this.seenStamp;
    const queryWeight = q.weight;
    const bucketWidth = BUCKET; // imports as locals: the loop below is the hottest code of a lookup
    const bitOf = placeBit;
    // Per key-signature bit, Σ (weight − sure case cost) of the keys from k on with that bit.
    const byBit = new Int32Array(64);
    for (let j = 0; j < n; j++) if (keyBits[j] >= 0) byBit[keyBits[j]] += weights[j] - cases[j];
    for (let k = 0; k < n; k++) {
      if (k > 0 && keyBits[k - 1] >= 0) byBit[keyBits[k - 1]] -= weights[k - 1] - cases[k - 1];
      // (4): an unseen unit holds none of keys 0…k-1, so its O' (less sure case costs) is at most p.rest[k].
      if (100 * p.rest[k] < need(this.thresholdFor(top, limit, minScore, false))) return;
      // Thresholds for units newer and older than the last kept hit; older ones must beat its score,
      // and once none can, the list ends there.
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
      // (2) for a unit first met here, before the exact filters: keys before k are absent; from k on a
      // key surely absent (its bit unset) costs its weight, a key present whose query forms are surely
      // absent 2 per token, a punctuation form surely absent 5 per token.
      const base = q.content + p.sure - p.weightFrom[k] + p.casesFrom[k];
      const keyLo = p.keyBitsFrom[2 * k];
      const keyHi = p.keyBitsFrom[2 * k + 1];
      list: for (let block = this.postings.newest(keys[k]); block !== -1; block = pool[block]) {
        for (let i = this.postings.blockEnd(keys[k], block) - 1; i >= block + 2; i--) {
          const slot = pool[i];
          if (slot <= stopAt) break list;
          const at = slot * HOT;
          const weight = hot[at + WEIGHT];
          if (weight < 0) continue;
          const grown = weight - queryWeight;
          const allowed = (100 - (slot > last ? newer : older)) * (grown > 0 ? weight : queryWeight);
          if (100 * (grown > 0 ? grown : -grown) > allowed) continue;
          let bound = base + (grown > 0 ? grown : 0);
          const sigLo = hot[at + KEY_SIGNATURE];
          const sigHi = hot[at + KEY_SIGNATURE + 1];
          for (let missing = keyLo & ~sigLo; missing !== 0; missing &= missing - 1) bound += byBit[31 - Math.clz32(missing & -missing)];
          for (let missing = keyHi & ~sigHi; missing !== 0; missing &= missing - 1) bound += byBit[63 - Math.clz32(missing & -missing)];
          if (100 * bound > allowed) continue;
          const formLo = hot[at + RAW_SIGNATURE];
          const formHi = hot[at + RAW_SIGNATURE + 1];
          for (let j = 0; j < punctCosts.length; j++) {
            if ((formLo & punctMasks[2 * j]) === 0 && (formHi & punctMasks[2 * j + 1]) === 0) bound += punctCosts[j];
          }
          // A key present but surely not where a cheap alignment could pair it (see overlap) costs its
          // weight; present and placed but with its query forms surely absent, 2 per token.
          const maxCost = Math.floor(allowed / 100);
          const below = Math.ceil((-grown - maxCost) / 2);
          const above = Math.floor((-grown + maxCost) / 2);
          const placeLo = hot[at + PLACE_SIGNATURE];
          const placeHi = hot[at + PLACE_SIGNATURE + 1];
          for (let j = k; j < n && bound <= maxCost; j++) {
            if ((sigLo & keyMasks[2 * j]) !== keyMasks[2 * j] || (sigHi & keyMasks[2 * j + 1]) !== keyMasks[2 * j + 1]) continue;
            // Its query positions pq pair with unit positions pc only if below ≤ pq − pc ≤ above.
            let placed = false;
            const lastBucket = Math.floor(Math.max(0, lastPositions[j] - below) / bucketWidth);
            for (let bucket = Math.floor(Math.max(0, firstPositions[j] - above) / bucketWidth); bucket <= lastBucket && !placed; bucket++) {
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

  /** The score a unit needs to enter a full `top`, if newer or older than its last hit (101: it cannot). */
  private thresholdFor(top: Hit[], limit: number, minScore: number, older: boolean): number {
    if (top.length < limit) return minScore;
    const rank = top[limit - 1].rank + (older ? 1 : 0);
    return rank > 101 ? 101 : Math.max(minScore, Math.min(100, rank));
  }

  /** Filters (1)–(2), then scores a candidate; true when it joins the best `limit`. */
  private consider(q: Query, slot: number, top: Hit[], limit: number, minScore: number): boolean {
    // To enter a full `top`: beat the last hit's rank, or equal it and be more recent (the tie rule).
    const threshold = this.thresholdFor(top, limit, minScore, top.length === limit && slot < top[limit - 1].slot);
    if (threshold > 100) return false;
    const wc = this.hot[slot * HOT + WEIGHT];
    const longer = Math.max(q.weight, wc);
    const allowed = (100 - threshold) * longer; // 100·C must not exceed this
    let score = -1;
    if (this.hash[slot] === q.hash && this.content[slot] === q.content) {
      if (this.sources[slot] === q.text) score = 100;
      else if (sameContent(q.seq, this.load(slot))) score = scoreFromCost(editCost(q.seq, this.cand), longer, true);
    }
    if (score < 0) {
      const grown = wc - q.weight;
      const maxCost = Math.floor(allowed / 100);
      if (Math.abs(grown) > maxCost) return false;
      const overlap = this.overlap(slot, -grown, maxCost);
      // (2) with case-only pairs (cost 2 each) and unpaired punctuation (cost ≥ 5 each) on both sides.
      const extra = 2 * Math.max(0, this.keyMatches - this.rawMatches);
      const slotPunct = (10 * this.count[slot] - wc) / 5;
      const bound = Math.max(
        (grown > 0 ? grown : 0) + q.content - overlap + extra + 5 * (q.punct - this.punctMatches),
        (grown < 0 ? -grown : 0) + this.content[slot] - overlap + extra + 5 * (slotPunct - this.punctMatches),
      );
      if (bound > maxCost) return false;
      const cost = editCost(q.seq, this.load(slot), maxCost);
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
   * O' between the prepared query and a slot, counting only pairs that an edit script costing at most
   * `maxCost` could align: such a script turns the texts before the pair into each other and the texts
   * after it, each at a cost of at least their length difference, so with d = (query position − slot
   * position) and G = Wq − Wc (`gap`), |d| + |G − d| ≤ maxCost, i.e. (G − maxCost)/2 ≤ d ≤ (G + maxCost)/2.
   * Also counts content tokens paired by key and by raw form (their difference bounds the case-only
   * pairs from below) and punctuation paired by form.
   */
  private overlap(slot: number, gap: number, maxCost: number): number {
    this.queryKeys.nextCandidate();
    this.queryForms.nextCandidate();
    const below = Math.ceil((gap - maxCost) / 2);
    const above = Math.floor((gap + maxCost) / 2);
    let overlap = 0;
    let keyMatches = 0;
    let rawMatches = 0;
    let punctMatches = 0;
    for (let i = this.start[slot], end = i + this.count[slot], position = 0; i < end; i++) {
      const keyAndKind = this.tokenKeys[i];
      const kind = keyAndKind & 3;
      if (this.queryForms.take(this.tokens[i])) {
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
    const inContext = this.prevs[slot] === q.prevSource && this.nexts[slot] === q.nextSource;
    return inContext ? 101 : 100;
  }

  private match(hit: Hit, query: string): TmMatch {
    const source = this.sources[hit.slot];
    return {
      unitId: this.ids[hit.slot]!,
      source,
      target: this.targets[hit.slot],
      score: hit.score,
      band: bandOf(hit.score, hit.rank === 101),
      diff: wordDiff(source, query),
    };
  }

  /** Drops removed slots, keeping the order of the others (so recency ties stay the same). */
  private compact(): void {
    const { tokens, start, count, hot, ids, sources, targets, prevs, nexts } = this;
    const oldSlots = this.slots;
    this.ids = [];
    this.sources = [];
    this.targets = [];
    this.prevs = [];
    this.nexts = [];
    this.postings = new Postings();
    this.tokens = new Int32Array(Math.max(1 << 16, this.tokensUsed));
    this.tokenKeys = new Int32Array(this.tokens.length);
    this.tokensUsed = 0;
    this.slots = 0;
    this.bucketHead = new Int32Array(2048).fill(-1);
    this.growSlots(Math.max(1024, this.live * 2));
    for (let from = 0; from < oldSlots; from++) {
      if (hot[from * HOT + WEIGHT] < 0) continue;
      const slot = this.slots++;
      this.ids[slot] = ids[from];
      this.sources[slot] = sources[from];
      this.targets[slot] = targets[from];
      this.prevs[slot] = prevs[from];
      this.nexts[slot] = nexts[from];
      this.slotOf.set(ids[from]!, slot);
      this.store(slot, tokens, start[from], count[from]);
    }
  }

  private chain(slot: number): void {
    const bucket = this.hash[slot] & (this.bucketHead.length - 1);
    this.nextInBucket[slot] = this.bucketHead[bucket];
    this.bucketHead[bucket] = slot;
  }

  private rehash(buckets: number): void {
    this.bucketHead = new Int32Array(buckets).fill(-1);
    for (let slot = 0; slot < this.slots; slot++) this.chain(slot);
  }

  private growSlots(capacity: number): void {
    const fresh = this.slots === 0;
    this.start = fresh ? new Int32Array(capacity) : grow(this.start, capacity);
    this.count = fresh ? new Int32Array(capacity) : grow(this.count, capacity);
    this.content = fresh ? new Int32Array(capacity) : grow(this.content, capacity);
    this.hash = fresh ? new Int32Array(capacity) : grow(this.hash, capacity);
    this.nextInBucket = fresh ? new Int32Array(capacity) : grow(this.nextInBucket, capacity);
    this.hot = fresh ? new Int32Array(capacity * HOT) : grow(this.hot, capacity * HOT);
  }
}

// The translation-memory lookup index: exact and fuzzy matches for a German segment, best first.
//
// Why this design. Candidates come from an inverted index over the normalized words, numbers and
// placeholders ("keys") of every stored source, read with prefix filtering: a lookup reads the
// posting lists of its rarest keys only, as many as the threshold requires, so the "der"/"die" lists
// are read only when a sentence has nothing rarer. Each unit met is first judged on a 32-byte record
// (length and three Bloom signatures) against a lower bound of its edit cost, then on its tokens
// (exact overlap, with positions), and only then scored by the exact scorer (score.ts), which stops
// once the unit cannot reach the threshold; the threshold rises to the k-th best score found so
// far. Unlike MinHash/LSH this cannot miss (proof below); unlike a BK-tree it needs no metric (the
// normalized score is none). Cost: token strings are interned to integer ids (vocabulary.ts); a unit
// costs its texts, 8 B per token, a 32-B hot record, 20 B of other per-unit numbers and 4 B per
// distinct key in the posting pool (postings.ts), about 400 B of heap and 800 B of RSS per unit in
// the benchmark. Template sentences whose rare words all changed are the slowest lookups: they must
// read frequent lists. A removed or replaced unit is a tombstone until more than half are dead, then
// storage is compacted (order kept). The vocabulary only grows.
//
// Why it cannot miss. Weights in tenths (score.ts): W = length weight (word, number, placeholder 10,
// punctuation 5); w' = content weight (word and placeholder 10, number 5, punctuation 0), N' = Σw';
// O' = Σ over keys k of w'(k)·min(count_q(k), count_c(k)); C = edit cost; M = max(Wq, Wc). For texts
// neither identical nor normalized-equal (7), score = ⌊100(M − C)/M⌋ ≥ t ⟺ 100·C ≤ (100 − t)·M.
//  (1) Every operation costs at least the change of length it makes, so C ≥ |Wq − Wc|.
//  (2) Give each operation f = cost + (weight of its query token) − (weight of its unit token):
//      Σf = C + Wq − Wc and f ≥ 0 by (1). A query token is "paired" when substituted by a unit token
//      of the same key. An unpaired content token is deleted (f = 2w) or substituted by another key
//      (cost ≥ 5 for two numbers, else ≥ 10, and f ≥ cost): both its cost and its f are ≥ w'. A
//      paired token of another case costs 2, an unpaired punctuation token ≥ 5 (f too). Each query
//      token is in its own operation, so for any lower bound L of these per-token costs,
//      C ≥ max(0, Wc − Wq) + L; at most O' of the content weight is paired, so L ≥ N'q − O'.
//      The same holds from the unit's side with max(0, Wq − Wc).
//  (3) If the unit reaches t: for Wc ≤ Wq, 100·L ≤ 100·C ≤ (100 − t)·Wq; for Wc > Wq,
//      100(Wc − Wq + L) ≤ (100 − t)·Wc gives 100·L ≤ 100·Wq − t·Wc < (100 − t)·Wq. Either way
//      100·L ≤ (100 − t)·Wq, whatever the unit's length.
//  (4) Prefix. Order the query's keys (rarest first; any order is sound). A unit holding none of
//      keys 0…k−1 has their tokens unpaired, and the keys from k on pay back at most rest_k = Σ their
//      weight, less 2 per token of a key none of whose query forms any unit holds (it can only pair
//      by case); query punctuation that no unit holds costs 5 per token ("sure"). So
//      L ≥ N'q + sure − rest_k, and by (3) such a unit cannot reach t once
//      100·rest_k < need(t) = 100·(N'q + sure) − (100 − t)·Wq. Reading stops there: every unit that
//      reaches t holds a key already read. If need(minScore) ≤ 0 every unit is scored.
//  (5) Ranking and places. Results are the `limit` best by rank (101 for in-context exact, else the
//      score), ties to the more recent unit: a unit older than the last kept hit must beat its rank,
//      a newer one match it. Lists are read newest first, so once (4) fails for the older threshold
//      the rest of the list is skipped; thresholds only rise. A script costing ≤ B that pairs the
//      query token at prefix weight pq with the unit token at pc edits the two prefixes and the two
//      suffixes separately, each costing at least its length difference (1): with d = pq − pc and
//      G = Wq − Wc, |d| + |G − d| ≤ B, i.e. (G − B)/2 ≤ d ≤ (G + B)/2. Tokens without such a partner
//      are unpaired in every script costing ≤ B, the most a unit may cost at the threshold.
//  (6) Signatures (signatures.ts) have no false negatives: an unset bit proves a key, a raw form or
//      a (key, place) absent. Before its tokens are read, a unit met in list k is bounded by (2) with
//      keys before k absent (else it was met, or shown unable to enter, in an earlier list, and
//      thresholds only rise), keys from k on absent when their bit is unset or none of their places
//      in the window of (5) is set, paired by case only when none of their query forms is set, and
//      punctuation forms absent when unset. Then its tokens give the exact O' with (5), the case
//      pairs (key pairs − form pairs) and the punctuation pairs, and (2) is checked on both sides.
//  (7) Units whose keys equal the query's, in order (same "normalized text"), score at least 95
//      whatever their case and punctuation, so (1)–(6) do not bound them: they are found first
//      through a table of units by key-sequence hash.
// scanBest scores every unit with the exact scorer instead; tests and the benchmark compare the two.
import { Conflict, InvalidInput } from '../errors';
import { wordDiff, type TmDiffPart } from './diff';
import { bandOf, type TmBand } from './score';
import { MatchSearch, type Context, type Hit } from './search';
import { UnitStore, type TmIndexUnit, type UnitStoreImage, type UnitTexts } from './unitStore';

export type { TmIndexUnit, UnitStoreImage, UnitTexts } from './unitStore';

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
  /**
   * The query's neighbouring sources (null at a document's edge): an exact match whose unit has the
   * same neighbours is in context, band '101', ranked first. Both must be given.
   */
  prevSource?: string | null;
  nextSource?: string | null;
}

function validate(unit: TmIndexUnit): void {
  if (typeof unit.id !== 'string' || unit.id === '') throw new InvalidInput('a TM unit needs an id');
  if (typeof unit.source !== 'string' || typeof unit.target !== 'string') {
    throw new InvalidInput('a TM unit needs a source and a target', { unitId: unit.id });
  }
}

export class TmIndex {
  private readonly search: MatchSearch;

  constructor(private readonly store = new UnitStore()) {
    this.search = new MatchSearch(store);
  }

  /**
   * The index as plain data, texts left out (a snapshot on disk: commands/tm). Its arrays are views of
   * the live ones: copy or write them before the index changes again.
   */
  image(): UnitStoreImage {
    return this.store.image();
  }

  /** The ids of the slots `image()` describes, in slot order (undefined: a removed unit). */
  slotIds(): readonly (string | undefined)[] {
    return this.store.ids.slice(0, this.store.slots);
  }

  /** The index an image was taken of, with the texts of its slots. */
  static fromImage(image: UnitStoreImage, texts: UnitTexts): TmIndex {
    return new TmIndex(UnitStore.fromImage(image, texts));
  }

  /** Number of units held. */
  get size(): number {
    return this.store.live;
  }

  /** Adds a unit; an id already held is a conflict (use update). */
  add(unit: TmIndexUnit): void {
    validate(unit);
    if (this.store.has(unit.id)) throw new Conflict(`TM unit ${unit.id} already exists`, { unitId: unit.id });
    this.store.add(unit);
  }

  /** Replaces the unit with the same id, or adds it; either way it then counts as the most recent. */
  update(unit: TmIndexUnit): void {
    validate(unit);
    this.store.remove(unit.id);
    this.store.add(unit);
  }

  /** Removes a unit; false when there was none. */
  remove(id: string): boolean {
    return this.store.remove(id);
  }

  /**
   * Matches scoring at least `minScore` (default 75), at most `limit` (default 5), best first: by
   * score (in-context exact first), ties to the more recently added or updated unit.
   */
  lookup(query: string, options: TmLookupOptions = {}): TmMatch[] {
    const { minScore: wanted = 75, limit: most = 5 } = options;
    if (!Number.isFinite(wanted) || !Number.isFinite(most)) throw new InvalidInput('minScore and limit must be numbers', { minScore: wanted, limit: most });
    const minScore = Math.max(0, Math.min(100, Math.ceil(wanted)));
    const limit = Math.floor(most);
    if (limit < 1) return [];
    const hits = this.search.best(this.search.prepare(query, options), limit, minScore);
    return hits.map((hit) => this.match(hit, query));
  }

  /**
   * The best match scoring at least `minScore`, found without the index by scoring every unit (the
   * scorer only stops early on units that cannot reach `minScore`): the reference for `lookup`.
   */
  scanBest(query: string, minScore = 75, context: Context = {}): TmMatch | null {
    const hit = this.search.scan(this.search.prepare(query, context), minScore);
    return hit && this.match(hit, query);
  }

  private match(hit: Hit, query: string): TmMatch {
    const source = this.store.sources[hit.slot];
    return {
      unitId: this.store.ids[hit.slot]!,
      source,
      target: this.store.targets[hit.slot],
      score: hit.score,
      band: bandOf(hit.score, hit.rank === 101),
      diff: wordDiff(source, query),
    };
  }
}

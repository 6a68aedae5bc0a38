// The units of a TmIndex as the search reads them: texts, token ids, per-unit numbers and
// signatures in typed arrays, posting lists, and a table of units by normalized text. A unit lives
// in a slot; slots are numbered in insertion order (a higher slot is more recent). Removal leaves a
// tombstone (W = -1); when more than half the slots are dead they are compacted, order kept.
import { Postings, type PostingsImage } from './postings';
import { seqWeight } from './score';
import { BUCKET, keyBit, placeBit, rawBit, setBit } from './signatures';
import { tokenize } from './tokens';
import { emptySeq, encode, grow, Vocabulary, type TokenSeq, type VocabularyImage } from './vocabulary';

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

/**
 * The hot per-slot record, interleaved so that one cache line serves a posting (`hot[slot * HOT + …]`):
 * the search's visit stamp, W (-1 once removed), and the key, raw-form and place signatures
 * (signatures.ts), two int32 words each.
 */
export const LAYOUT = { HOT: 8, SEEN: 0, WEIGHT: 1, KEY_SIGNATURE: 2, RAW_SIGNATURE: 4, PLACE_SIGNATURE: 6 } as const;
const { HOT, SEEN, WEIGHT, KEY_SIGNATURE, RAW_SIGNATURE, PLACE_SIGNATURE } = LAYOUT;

const PUNCT = 3;
const LENGTH_WEIGHT = [10, 10, 10, 5];
const OVERLAP_WEIGHT = [10, 5, 10, 0];

/** Content weight N' (tenths: word and placeholder 10, number 5) and a hash of the content keys in order. */
export function contentOf(seq: TokenSeq): { content: number; hash: number } {
  let content = 0;
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < seq.length; i++) {
    if (seq.kinds[i] === PUNCT) continue;
    content += OVERLAP_WEIGHT[seq.kinds[i]];
    hash = Math.imul(hash ^ seq.keys[i], 0x01000193);
  }
  return { content, hash };
}

/**
 * A unit store as plain data (TmIndex.image): everything but the texts, which the owner of the index
 * holds anyway and gives back per slot (`UnitTexts`) when the store is made again.
 */
export interface UnitStoreImage {
  vocab: VocabularyImage;
  postings: PostingsImage;
  tokens: Int32Array<ArrayBuffer>;
  tokenKeys: Int32Array<ArrayBuffer>;
  hot: Int32Array<ArrayBuffer>;
  start: Int32Array<ArrayBuffer>;
  count: Int32Array<ArrayBuffer>;
  content: Int32Array<ArrayBuffer>;
  hash: Int32Array<ArrayBuffer>;
  bucketHead: Int32Array<ArrayBuffer>;
  nextInBucket: Int32Array<ArrayBuffer>;
  slots: number;
  live: number;
}

/** The texts of a store's slots, in slot order; a removed slot has the id undefined. */
export interface UnitTexts {
  ids: (string | undefined)[];
  sources: string[];
  targets: string[];
  prevs: (string | null | undefined)[];
  nexts: (string | null | undefined)[];
}

export class UnitStore {
  postings = new Postings();
  ids: (string | undefined)[] = [];
  sources: string[] = [];
  targets: string[] = [];
  prevs: (string | null | undefined)[] = [];
  nexts: (string | null | undefined)[] = [];
  /** Token ids of every unit, one after another; and each token's key × 4 + kind code. */
  tokens = new Int32Array(1 << 16);
  tokenKeys = new Int32Array(1 << 16);
  hot = new Int32Array(1024 * HOT);
  /** Per slot: first token in `tokens`, token count, N', content hash. */
  start = new Int32Array(1024);
  count = new Int32Array(1024);
  content = new Int32Array(1024);
  hash = new Int32Array(1024);
  /** Slots by content hash: bucket → newest slot, slot → next older slot in its bucket (-1: end). */
  bucketHead = new Int32Array(2048).fill(-1);
  nextInBucket = new Int32Array(1024);
  /** Slots used (live and dead) and live units. */
  slots = 0;
  live = 0;
  private tokensUsed = 0;
  private readonly slotOf = new Map<string, number>();
  private readonly scratch = emptySeq(64);

  image(): UnitStoreImage {
    const { slots } = this;
    return {
      vocab: this.vocab.image(),
      postings: this.postings.image(),
      tokens: this.tokens.subarray(0, this.tokensUsed),
      tokenKeys: this.tokenKeys.subarray(0, this.tokensUsed),
      hot: this.hot.subarray(0, slots * HOT),
      start: this.start.subarray(0, slots),
      count: this.count.subarray(0, slots),
      content: this.content.subarray(0, slots),
      hash: this.hash.subarray(0, slots),
      bucketHead: this.bucketHead,
      nextInBucket: this.nextInBucket.subarray(0, slots),
      slots,
      live: this.live,
    };
  }

  /** The store of `image` with the texts of its slots (`texts.ids[slot]` undefined for a removed one). */
  static fromImage(image: UnitStoreImage, texts: UnitTexts): UnitStore {
    const store = new UnitStore(Vocabulary.fromImage(image.vocab));
    const capacity = Math.max(1024, image.slots + (image.slots >> 2));
    const tokenCapacity = Math.max(1 << 16, image.tokens.length + (image.tokens.length >> 2));
    store.postings = Postings.fromImage(image.postings);
    store.tokens = grow(image.tokens, tokenCapacity);
    store.tokenKeys = grow(image.tokenKeys, tokenCapacity);
    store.tokensUsed = image.tokens.length;
    store.hot = grow(image.hot, capacity * HOT);
    // The visit stamps belong to the search that wrote them: a new search starts from zero.
    for (let slot = 0; slot < image.slots; slot++) store.hot[slot * HOT + SEEN] = 0;
    store.start = grow(image.start, capacity);
    store.count = grow(image.count, capacity);
    store.content = grow(image.content, capacity);
    store.hash = grow(image.hash, capacity);
    store.nextInBucket = grow(image.nextInBucket, capacity);
    store.bucketHead = image.bucketHead.slice();
    store.slots = image.slots;
    store.live = image.live;
    store.ids = texts.ids;
    store.sources = texts.sources;
    store.targets = texts.targets;
    store.prevs = texts.prevs;
    store.nexts = texts.nexts;
    for (let slot = 0; slot < image.slots; slot++) {
      const id = texts.ids[slot];
      if (id !== undefined) store.slotOf.set(id, slot);
    }
    return store;
  }

  constructor(readonly vocab = new Vocabulary()) {}

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  add(unit: TmIndexUnit): void {
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

  /** The slot's tokens, written into `into`. */
  load(slot: number, into: TokenSeq): TokenSeq {
    const n = this.count[slot];
    if (n > into.ids.length) Object.assign(into, emptySeq(2 * n));
    const from = this.start[slot];
    for (let i = 0; i < n; i++) {
      const keyAndKind = this.tokenKeys[from + i];
      into.ids[i] = this.tokens[from + i];
      into.keys[i] = keyAndKind >> 2;
      into.kinds[i] = keyAndKind & 3;
    }
    into.length = n;
    return into;
  }

  /** The newest slot in the bucket of content hash `hash` (-1: none); continue with `nextInBucket`. */
  bucketOf(hash: number): number {
    return this.bucketHead[hash & (this.bucketHead.length - 1)];
  }

  /** Writes a slot's tokens, derived numbers, signatures and postings. */
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
    const seq = this.load(slot, this.scratch);
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

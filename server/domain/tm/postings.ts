// Posting lists (key id → slots holding it, in insertion order) packed into one Int32Array.
// Each list is a chain of blocks [previous, capacity, slot…] linked from the newest back, whose
// capacity doubles from 2 to 1024: a key seen once costs 4 ints, a long list wastes at most one
// half-empty block. A million sentences of ~15 tokens take ~60 MB instead of ~150 MB as number[].
// Lists are read newest first (the tie rule of lookups prefers recent units).
import { grow } from './vocabulary';

const MAX_BLOCK = 1024;

/** Posting lists as plain data (TmIndex.image). */
export interface PostingsImage {
  pool: Int32Array<ArrayBuffer>;
  tail: Int32Array<ArrayBuffer>;
  fill: Int32Array<ArrayBuffer>;
  count: Int32Array<ArrayBuffer>;
}

export class Postings {
  pool = new Int32Array(1 << 16);
  private used = 0;
  /** Per key: newest block (-1: none), entries used in it, list length. */
  private tail = new Int32Array(1024).fill(-1);
  private fill = new Int32Array(1024);
  private count = new Int32Array(1024);

  image(): PostingsImage {
    return { pool: this.pool.subarray(0, this.used), tail: this.tail, fill: this.fill, count: this.count };
  }

  static fromImage(image: PostingsImage): Postings {
    const postings = new Postings();
    postings.pool = grow(image.pool, Math.max(1 << 16, Math.ceil(image.pool.length * 1.25)));
    postings.used = image.pool.length;
    postings.tail = image.tail.slice();
    postings.fill = image.fill.slice();
    postings.count = image.count.slice();
    return postings;
  }

  /** Number of slots listed under `key` (removed ones included until compaction). */
  frequency(key: number): number {
    return key >= 0 && key < this.count.length ? this.count[key] : 0;
  }

  /** Appends `slot`, which must be greater than every slot already listed under `key`. */
  add(key: number, slot: number): void {
    if (key >= this.tail.length) this.growKeys(key + 1);
    let block = this.tail[key];
    if (block === -1 || this.fill[key] === this.pool[block + 1]) {
      const capacity = block === -1 ? 2 : Math.min(MAX_BLOCK, this.pool[block + 1] * 2);
      const fresh = this.allocate(capacity);
      this.pool[fresh] = block;
      block = this.tail[key] = fresh;
      this.fill[key] = 0;
    }
    this.pool[block + 2 + this.fill[key]++] = slot;
    this.count[key]++;
  }

  /** The newest block of `key`, or -1. Walk: entries pool[block + 2 … blockEnd) then block = pool[block]. */
  newest(key: number): number {
    return key >= 0 && key < this.tail.length ? this.tail[key] : -1;
  }

  blockEnd(key: number, block: number): number {
    return block + 2 + (block === this.tail[key] ? this.fill[key] : this.pool[block + 1]);
  }

  private allocate(capacity: number): number {
    if (this.used + capacity + 2 > this.pool.length) {
      this.pool = grow(this.pool, Math.max(this.used + capacity + 2, Math.floor(this.pool.length * 1.5)));
    }
    const block = this.used;
    this.pool[block + 1] = capacity;
    this.used += capacity + 2;
    return block;
  }

  private growKeys(min: number): void {
    const capacity = Math.max(min, this.tail.length * 2);
    const old = this.tail.length;
    this.tail = grow(this.tail, capacity);
    this.tail.fill(-1, old);
    this.fill = grow(this.fill, capacity);
    this.count = grow(this.count, capacity);
  }
}

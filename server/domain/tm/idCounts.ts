// A query's ids (keys or forms) with their counts and the first and last position (prefix weight) of
// each, in a small open-addressing table that stays in the CPU cache, and per-candidate use counts:
// a candidate's multiset overlap with the query in one pass.

export class IdCounts {
  private ids = new Int32Array(64).fill(-1);
  private counts = new Int32Array(64);
  private used = new Int32Array(64);
  private marks = new Int32Array(64);
  private first = new Int32Array(64);
  private last = new Int32Array(64);
  private mark = 0;
  private shift = 26; // 32 - log2(capacity)

  /** Empties the table, sized for `distinct` ids. */
  reset(distinct: number): void {
    let capacity = 64;
    while (capacity < 4 * distinct) capacity *= 2;
    if (capacity !== this.ids.length) {
      this.ids = new Int32Array(capacity);
      this.counts = new Int32Array(capacity);
      this.used = new Int32Array(capacity);
      this.marks = new Int32Array(capacity);
      this.first = new Int32Array(capacity);
      this.last = new Int32Array(capacity);
      this.shift = 32 - Math.log2(capacity);
    }
    this.ids.fill(-1);
    this.marks.fill(0);
    this.mark = 0;
  }

  /** Counts one occurrence of `id` (≥ 0) at `position`. */
  add(id: number, position: number): void {
    const at = this.find(id);
    if (this.ids[at] === -1) {
      this.ids[at] = id;
      this.counts[at] = 0;
      this.first[at] = position;
    }
    this.counts[at]++;
    this.last[at] = position;
  }

  /** Starts counting a new candidate. */
  nextCandidate(): void {
    if (++this.mark === 0x7fffffff) {
      this.marks.fill(0);
      this.mark = 1;
    }
  }

  /**
   * Uses one occurrence of `id` for the current candidate: false when the query has none left, or
   * none between positions `from` and `to` (judged by its first and last: a superset, never less).
   */
  take(id: number, from = -0x3fffffff, to = 0x3fffffff): boolean {
    const at = this.find(id);
    if (this.ids[at] === -1 || this.last[at] < from || this.first[at] > to) return false;
    if (this.marks[at] !== this.mark) {
      this.marks[at] = this.mark;
      this.used[at] = 0;
    }
    if (this.used[at] >= this.counts[at]) return false;
    this.used[at]++;
    return true;
  }

  /** The position of `id`, or of the empty place where it would go. */
  private find(id: number): number {
    const mask = this.ids.length - 1;
    let at = Math.imul(id, 0x9e3779b1) >>> this.shift;
    while (this.ids[at] !== -1 && this.ids[at] !== id) at = (at + 1) & mask;
    return at;
  }
}

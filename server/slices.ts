// Long loops on the main thread, in slices: after every few milliseconds of work the loop lets the
// event loop run (other requests, timers, I/O) before it goes on, so that no request holds the
// server for long. What is too heavy even in slices runs on worker threads (server/workers).
import { performance } from 'node:perf_hooks';

/** How long a slice of main-thread work may run before it yields, in ms. */
export const SLICE_MS = 10;

/** Resolves on the next turn of the event loop, after pending I/O callbacks. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Tells a loop when its slice is used up: `if (slice.due()) await slice.next();`. */
export class Slice {
  private startedAt = performance.now();

  constructor(private readonly ms = SLICE_MS) {}

  due(): boolean {
    return performance.now() - this.startedAt >= this.ms;
  }

  async next(): Promise<void> {
    await yieldToEventLoop();
    this.startedAt = performance.now();
  }
}

/** `items.map(fn)`, yielding to the event loop between slices. */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T, index: number) => R, ms = SLICE_MS): Promise<R[]> {
  const slice = new Slice(ms);
  const out = new Array<R>(items.length);
  for (let i = 0; i < items.length; i++) {
    if (slice.due()) await slice.next();
    out[i] = fn(items[i], i);
  }
  return out;
}

/** `items.filter(keep)`, yielding to the event loop between slices. */
export async function filterInSlices<T>(items: readonly T[], keep: (item: T, index: number) => boolean, ms = SLICE_MS): Promise<T[]> {
  const slice = new Slice(ms);
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) {
    if (slice.due()) await slice.next();
    if (keep(items[i], i)) out.push(items[i]);
  }
  return out;
}

/**
 * `items` in order, in batches of at most `maxItems` items and `maxSize` of their summed `sizeOf` (an
 * item larger than that alone): a count alone bounds no work when items can be large.
 */
export function boundedBatches<T>(items: readonly T[], maxItems: number, maxSize: number, sizeOf: (item: T) => number): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (batch.length > 0 && (batch.length === maxItems || size + itemSize > maxSize)) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(item);
    size += itemSize;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Runs `fn` on each batch of `size` items in turn, yielding to the event loop between batches. */
export async function inBatches<T>(items: readonly T[], size: number, fn: (batch: T[], offset: number) => Promise<void> | void): Promise<void> {
  for (let offset = 0; offset < items.length; offset += size) {
    if (offset > 0) await yieldToEventLoop();
    await fn(items.slice(offset, offset + size), offset);
  }
}

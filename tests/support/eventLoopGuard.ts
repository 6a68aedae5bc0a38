// How long the event loop was held: a timer ticks every few milliseconds and records the longest gap
// between two ticks. While the loop is free a gap is about the tick; when something runs for 300 ms
// on the main thread, the next tick comes 300 ms late and that gap is recorded. Tests use it to say
// "this work never held the loop for long" (generous bounds only: the machine may be busy), the
// benchmarks (scripts/bench/eventLoop.ts, loopProbe.ts) to report the longest stall of each operation.
import { performance } from 'node:perf_hooks';

export interface LoopStalls {
  /** The longest gap between two ticks, ms (at least about the tick while the loop is free). */
  readonly maxStallMs: number;
  /** Gaps longer than `overMs` (constructor option), in order, ms. */
  readonly longStalls: readonly number[];
  /** Ticks seen. */
  readonly ticks: number;
}

export class EventLoopGuard {
  private timer: NodeJS.Timeout | null = null;
  private last = 0;
  private max = 0;
  private long: number[] = [];
  private count = 0;

  constructor(
    private readonly tickMs = 5,
    private readonly overMs = 100,
  ) {}

  start(): this {
    this.stop();
    this.reset();
    this.last = performance.now();
    this.timer = setInterval(() => this.tick(), this.tickMs);
    // A guard never keeps a process alive by itself.
    this.timer.unref();
    return this;
  }

  /** The figures since start (or the last reset), counting the gap up to now. */
  read(): LoopStalls {
    if (this.timer) this.tick();
    return { maxStallMs: this.max, longStalls: [...this.long], ticks: this.count };
  }

  reset(): void {
    this.max = 0;
    this.long = [];
    this.count = 0;
    this.last = performance.now();
  }

  stop(): LoopStalls {
    const figures = this.read();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    return figures;
  }

  private tick(): void {
    const now = performance.now();
    const gap = now - this.last;
    this.last = now;
    this.count++;
    if (gap > this.max) this.max = gap;
    if (gap > this.overMs) this.long.push(gap);
  }
}

/** Runs `work` with a guard ticking: its result and the longest stall of the loop meanwhile. */
export async function measureStalls<T>(work: () => Promise<T>, tickMs = 5): Promise<{ result: T } & LoopStalls> {
  const guard = new EventLoopGuard(tickMs).start();
  try {
    const result = await work();
    return { result, ...guard.stop() };
  } finally {
    guard.stop();
  }
}

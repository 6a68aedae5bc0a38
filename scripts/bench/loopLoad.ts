// What the event-loop benchmark (eventLoop.ts) measures while a heavy operation runs: a bounded load
// of small requests (each client sends one request, waits for the answer, pauses, sends the next), the
// latency of each answer, and the longest event-loop stall the server's probe (loopProbe.ts) printed.
import { performance } from 'node:perf_hooks';

/** A line of loopProbe.ts. */
const PROBE_LINE = /^loop-probe (\d+(?:\.\d+)?) (\d+) (\d+(?:\.\d+)?|NaN) (\d+)$/gm;

export interface Latencies {
  requests: number;
  failures: number;
  p50: number;
  p99: number;
  max: number;
}

/** The q-quantile of sorted values (nearest rank). */
export const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

export function latencies(times: readonly number[], failures: number): Latencies {
  const sorted = [...times].sort((a, b) => a - b);
  return { requests: sorted.length, failures, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted[sorted.length - 1] ?? Number.NaN };
}

/** A client's request: resolves when the answer is complete, throws on a failed one. */
export type Probe = () => Promise<void>;

/**
 * Clients sending their request in a loop until stopped (or `maxRequests` each), `pauseMs` between an
 * answer and the next request. Latency is measured from sending to the last byte of the answer.
 */
export class LoadLoop {
  private readonly times = new Map<string, number[]>();
  private readonly failures = new Map<string, number>();
  private running = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly clients: Record<string, Probe[]>,
    private readonly pauseMs = 10,
    private readonly maxRequests = 100_000,
  ) {}

  start(): this {
    this.running = true;
    for (const [name, probes] of Object.entries(this.clients)) {
      this.times.set(name, []);
      this.failures.set(name, 0);
      for (const probe of probes) this.loops.push(this.loop(name, probe));
    }
    return this;
  }

  async stop(): Promise<Record<string, Latencies>> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops = [];
    return Object.fromEntries([...this.times].map(([name, times]) => [name, latencies(times, this.failures.get(name) ?? 0)]));
  }

  private async loop(name: string, probe: Probe): Promise<void> {
    const times = this.times.get(name)!;
    for (let sent = 0; this.running && sent < this.maxRequests; sent++) {
      const started = performance.now();
      try {
        await probe();
        times.push(performance.now() - started);
      } catch {
        this.failures.set(name, (this.failures.get(name) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, this.pauseMs));
    }
  }
}

export interface Stalls {
  /** The longest gap in the event loop, ms of wall time. */
  longest: number;
  /** The most main-thread CPU time within such a gap: what the server itself held the loop for. */
  busy: number;
}

/** The longest stalls the probe reported that began between `from` and `to` (epoch ms), from a server's output. */
export function stallsBetween(output: string, from: number, to: number): Stalls {
  const stalls = { longest: 0, busy: 0 };
  const within = (at: string) => Number(at) >= from && Number(at) <= to;
  for (const [, stall, stallAt, busy, busyAt] of output.matchAll(PROBE_LINE)) {
    if (within(stallAt)) stalls.longest = Math.max(stalls.longest, Number(stall));
    if (within(busyAt)) stalls.busy = Math.max(stalls.busy, Number(busy));
  }
  return stalls;
}

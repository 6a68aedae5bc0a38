// Failed sign-in attempts held in this process's memory (ports/loginAttempts.ts). Lost on restart,
// which only forgives earlier failures. Failures older than `retainMs` (the window) are forgotten: a
// key's when it fails again, and keys with nothing newer now and then, so an attack from many
// addresses cannot grow the map without bound.
import type { LoginAttemptStore } from '../../ports/loginAttempts';

/** Every this many recorded failures, keys with nothing newer than `retainMs` are dropped. */
const SWEEP_EVERY = 1000;

export class InMemoryLoginAttempts implements LoginAttemptStore {
  private readonly failures = new Map<string, string[]>();
  private recorded = 0;

  constructor(private readonly retainMs: number) {}

  async countFailures(key: string, since: string): Promise<number> {
    return this.recent(key, since).length;
  }

  async oldestFailure(key: string, since: string): Promise<string | null> {
    return this.recent(key, since)[0] ?? null;
  }

  async recordFailure(key: string, at: string): Promise<void> {
    const list = (this.failures.get(key) ?? []).filter((earlier) => earlier > this.cutoff(at));
    list.push(at);
    this.failures.set(key, list);
    if (++this.recorded % SWEEP_EVERY === 0) this.sweep(at);
  }

  async clear(key: string): Promise<void> {
    this.failures.delete(key);
  }

  /** The key's failures after `since`, oldest first. */
  private recent(key: string, since: string): string[] {
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }

  private cutoff(now: string): string {
    return new Date(Date.parse(now) - this.retainMs).toISOString();
  }

  private sweep(now: string): void {
    const cutoff = this.cutoff(now);
    for (const [key, list] of this.failures) if ((list[list.length - 1] ?? '') <= cutoff) this.failures.delete(key);
  }
}

// Where failed sign-in attempts are counted (commands/auth/loginThrottle.ts decides what the counts
// mean). In memory for one process now (commands/auth/inMemoryLoginAttempts.ts); several instances
// behind a balancer would keep them in the store behind this same port.
export interface LoginAttemptStore {
  /** Failures recorded for `key` after `since` (ISO), that is within the window ending now. */
  countFailures(key: string, since: string): Promise<number>;
  /** The oldest failure of `key` after `since`, if any (the lock lifts a window after it). */
  oldestFailure(key: string, since: string): Promise<string | null>;
  recordFailure(key: string, at: string): Promise<void>;
  /** Forgets the failures of `key` (a successful sign-in of that account). */
  clear(key: string): Promise<void>;
}

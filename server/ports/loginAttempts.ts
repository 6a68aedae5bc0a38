// Where failed sign-in attempts are counted (commands/auth/loginThrottle.ts decides what the counts
// mean). In the store (Store.loginAttempts), so that every instance on one store counts the same
// failures: ten wrong passwords spread over two instances lock the account as ten on one would.
// Both stores pass tests/storage/instancesContract.ts.
export interface LoginAttemptStore {
  /** Failures recorded for `key` after `since` (ISO), that is within the window ending now. */
  countFailures(key: string, since: string): Promise<number>;
  /** The oldest failure of `key` after `since`, if any (the lock lifts a window after it). */
  oldestFailure(key: string, since: string): Promise<string | null>;
  recordFailure(key: string, at: string): Promise<void>;
  /** Forgets the failures of `key` (a successful sign-in of that account). */
  clear(key: string): Promise<void>;
  /** Forgets every failure at or before `before` (ISO), of any key; returns how many. */
  prune(before: string): Promise<number>;
}

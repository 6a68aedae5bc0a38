// How often a password may be tried. Only wrong credentials count (a malformed request never reaches
// here), separately per account (the e-mail tried) and per client address, within a sliding window:
// an account is locked after `maxPerAccount` failures, an address after `maxPerIp` (higher, because
// a whole office may share one address). A successful sign-in forgives the account's failures. The
// failures are kept in the store, so every instance on it applies the same limits; now and then (every
// PRUNE_EVERY failures this instance records) those that left the window are deleted, so that an attack
// from many addresses cannot grow the table without bound.
import type { Config } from '../../config';
import { RateLimited } from '../../domain/errors';
import type { LoginAttemptStore } from '../../ports/loginAttempts';
import type { Clock } from '../../ports/system';

export interface LoginLimits {
  windowMs: number;
  maxPerAccount: number;
  maxPerIp: number;
}

/** After this many failures recorded by this instance, the failures older than the window are pruned. */
export const PRUNE_EVERY = 1000;

const accountKey = (email: string) => `account:${email}`;
const ipKey = (ip: string) => `ip:${ip}`;

export class LoginThrottle {
  private recorded = 0;

  constructor(
    private readonly attempts: LoginAttemptStore,
    private readonly clock: Clock,
    private readonly limits: LoginLimits,
  ) {}

  /** Throws RateLimited (with `details.retryAfterSeconds`) when the account or the address is locked. */
  async check(email: string, ip: string | null): Promise<void> {
    const since = this.windowStart();
    const locks: [string, number][] = [[accountKey(email), this.limits.maxPerAccount]];
    if (ip !== null) locks.push([ipKey(ip), this.limits.maxPerIp]);
    for (const [key, max] of locks) {
      if ((await this.attempts.countFailures(key, since)) < max) continue;
      const oldest = await this.attempts.oldestFailure(key, since);
      const liftsAt = (oldest === null ? this.clock.now().getTime() : Date.parse(oldest)) + this.limits.windowMs;
      const retryAfterSeconds = Math.max(1, Math.ceil((liftsAt - this.clock.now().getTime()) / 1000));
      throw new RateLimited('too many failed sign-in attempts', { retryAfterSeconds, scope: key.startsWith('ip:') ? 'ip' : 'account' });
    }
  }

  async recordFailure(email: string, ip: string | null): Promise<void> {
    const at = this.clock.now().toISOString();
    await this.attempts.recordFailure(accountKey(email), at);
    if (ip !== null) await this.attempts.recordFailure(ipKey(ip), at);
    if (++this.recorded % PRUNE_EVERY === 0) await this.attempts.prune(this.windowStart());
  }

  async recordSuccess(email: string): Promise<void> {
    await this.attempts.clear(accountKey(email));
  }

  private windowStart(): string {
    return new Date(this.clock.now().getTime() - this.limits.windowMs).toISOString();
  }
}

/** The throttle the configuration asks for, counting in `attempts` (the store's, Store.loginAttempts). */
export function createLoginThrottle(config: Pick<Config, 'login'>, clock: Clock, attempts: LoginAttemptStore): LoginThrottle {
  return new LoginThrottle(attempts, clock, { windowMs: config.login.windowMs, maxPerAccount: config.login.maxAttempts, maxPerIp: config.login.maxAttemptsPerIp });
}

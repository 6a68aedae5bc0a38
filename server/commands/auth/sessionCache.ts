// The sessions and users that recent requests presented, kept so that a request does not read its
// session and its user from the store again (two lookups per request, most of them for the same few
// people). What may make an entry wrong is announced on the account feed, on every instance
// (ports/accountChangeFeed.ts): an ended session (logout, revocation, password change, expiry) or a
// changed account (roles, deactivation). Such a notice drops the entries it concerns at once here, and
// on the other instances as soon as their feed delivers it (LIVE_FEED_POLL_MS). An entry also lives at
// most `ttlMs`, so that a feed that stopped delivering cannot keep an ended session alive for long.
import type { AuthSession, User } from '../../domain/users/types';
import type { AccountChangeFeed, AccountNotice } from '../../ports/accountChangeFeed';
import type { Clock } from '../../ports/system';
import { hashSecret } from './secretHash';

export interface CachedSession {
  user: User;
  session: AuthSession;
}

export interface SessionCacheOptions {
  /** How long an entry is used without reading the store again. */
  ttlMs: number;
  /** Entries kept; the one read longest ago goes first. */
  maxEntries: number;
}

interface Entry extends CachedSession {
  keptUntil: number;
}

export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Secrets presented lately and their hashes, the one presented longest ago first. */
  private readonly hashes = new Map<string, string>();
  /** Raised by every notice: a read that started before one is not kept (it may be what the notice ended). */
  private notices = 0;
  private readonly unsubscribe: () => void;

  constructor(
    feed: Pick<AccountChangeFeed, 'subscribeAll'>,
    private readonly clock: Clock,
    private readonly options: SessionCacheOptions,
  ) {
    this.unsubscribe = feed.subscribeAll((notice) => this.forget(notice));
  }

  /**
   * The sha256 of a secret presented lately, worked out once: every request presents its secret, and
   * hashing it again on each was work every save did for nothing. Kept for as many secrets as sessions,
   * the one presented longest ago going first; a hash says nothing of whether its session still holds
   * (that is `get`).
   */
  hashOf(secret: string): string {
    let hash = this.hashes.get(secret);
    if (hash === undefined) {
      hash = hashSecret(secret);
      if (this.hashes.size >= Math.max(1, this.options.maxEntries)) this.hashes.delete(this.hashes.keys().next().value as string);
    } else this.hashes.delete(secret);
    this.hashes.set(secret, hash);
    return hash;
  }

  /** The session presented with this secret hash and its user, when kept and still fresh. */
  get(secretHash: string): CachedSession | null {
    const entry = this.entries.get(secretHash);
    if (!entry) return null;
    if (entry.keptUntil <= this.clock.now().getTime()) {
      this.entries.delete(secretHash);
      return null;
    }
    return entry;
  }

  /** Marks the start of a read from the store; hand the mark to `keep`. */
  mark(): number {
    return this.notices;
  }

  /** Keeps what a read found, unless a notice came in since `mark` (the read may predate it). */
  keep(secretHash: string, found: CachedSession, mark: number): void {
    if (mark !== this.notices || this.options.maxEntries <= 0) return;
    this.entries.delete(secretHash);
    this.entries.set(secretHash, { ...found, keptUntil: this.clock.now().getTime() + this.options.ttlMs });
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** Drops the entry of one secret (its session was found expired and deleted). */
  drop(secretHash: string): void {
    this.entries.delete(secretHash);
  }

  close(): void {
    this.unsubscribe();
    this.entries.clear();
    this.hashes.clear();
  }

  private forget(notice: AccountNotice): void {
    this.notices++;
    const ended = notice.type === 'sessions_ended' ? new Set(notice.sessionIds) : null;
    for (const [secretHash, entry] of this.entries) {
      const concerned = ended ? ended.has(entry.session.id) : entry.user.id === notice.userId;
      if (concerned) this.entries.delete(secretHash);
    }
  }
}

/** Sessions kept per instance at most (a few MB); the least recently read goes first. */
const SESSIONS_KEPT = 10_000;

/** The session cache the configuration asks for (SESSION_CACHE_MS), or none when it is 0. */
export function sessionCacheFor(sessionCacheMs: number, feed: Pick<AccountChangeFeed, 'subscribeAll'>, clock: Clock): SessionCache | undefined {
  return sessionCacheMs > 0 ? new SessionCache(feed, clock, { ttlMs: sessionCacheMs, maxEntries: SESSIONS_KEPT }) : undefined;
}

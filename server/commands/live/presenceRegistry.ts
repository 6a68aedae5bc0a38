// Who is editing which segment now, held in memory (it is worth nothing after a restart). A browser
// says `editing: true` when a segment's editor opens and repeats it every 10 s while it stays open; an
// entry not refreshed for `ttlMs` (30 s) expires as if `editing: false` had been sent. Every start and
// end is announced on the change feed. Time comes from the Clock port, so tests control expiry.
// Several instances on one store: each instance's registry sends every update (refreshes included) on
// its `channel` to the others, which hold the same entries and announce starts and ends to their own
// watchers. Each expires entries by its own clock, counting the time to live from when the update
// arrived, so clocks need not agree; an instance that starts late learns of an editor at the next refresh.
import type { SegmentChangeFeed } from '../../ports/segmentChangeFeed';
import type { Clock } from '../../ports/system';

export interface PresenceTarget {
  documentId: string;
  projectId: string;
  segmentId: string;
  segmentIndex: number;
  user: { id: string; name: string };
}

export interface PresenceEntry extends PresenceTarget {
  /** When this user started editing the segment (ISO); refreshes keep it. */
  since: string;
}

/** One update of a registry, as sent to the other instances' registries. */
export interface PresenceSignal {
  target: PresenceTarget;
  since: string;
  editing: boolean;
  ttlMs: number;
}

/** How the registries of the instances on one store tell each other their updates. */
export interface PresenceChannel {
  send(signal: PresenceSignal): void;
  /** Calls `listener` with the other instances' updates; returns the unsubscribe function. */
  receive(listener: (signal: PresenceSignal) => void): () => void;
}

export interface PresenceOptions {
  /** How long an `editing: true` lasts without a refresh. */
  ttlMs?: number;
  /** How often expired entries are looked for (and announced) without anyone asking; 0: only when asked. */
  sweepMs?: number;
  /** The other instances on the same store; none: this instance alone. */
  channel?: PresenceChannel;
}

export const PRESENCE_TTL_MS = 30_000;

interface Stored extends PresenceEntry {
  expiresAt: number;
}

export class PresenceRegistry {
  private readonly entries = new Map<string, Stored>();
  private readonly ttlMs: number;
  private readonly timer: NodeJS.Timeout | null;
  private readonly channel: PresenceChannel | null;
  private readonly stopReceiving: () => void;

  constructor(
    private readonly clock: Clock,
    private readonly feed: SegmentChangeFeed,
    options: PresenceOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? PRESENCE_TTL_MS;
    const sweepMs = options.sweepMs ?? 5_000;
    this.timer = sweepMs > 0 ? setInterval(() => this.sweep(), sweepMs).unref() : null;
    this.channel = options.channel ?? null;
    this.stopReceiving = this.channel?.receive((signal) => this.apply(signal)) ?? (() => {});
  }

  /** Starts or refreshes (`editing: true`) or ends (`false`) the user's presence on the segment. */
  update(target: PresenceTarget, editing: boolean): void {
    const since = this.entries.get(keyOf(target.user.id, target.segmentId))?.since ?? this.clock.now().toISOString();
    const signal: PresenceSignal = { target, since, editing, ttlMs: this.ttlMs };
    this.apply(signal);
    this.channel?.send(signal);
  }

  /** An update of this instance or another: starts, refreshes or ends the entry, announcing starts and ends here. */
  private apply({ target, since, editing, ttlMs }: PresenceSignal): void {
    this.sweep();
    const key = keyOf(target.user.id, target.segmentId);
    const current = this.entries.get(key);
    if (editing) {
      const entry: Stored = { ...target, since: current?.since ?? since, expiresAt: this.clock.now().getTime() + ttlMs };
      this.entries.set(key, entry);
      if (!current) this.announce(entry, true);
    } else if (current) {
      this.entries.delete(key);
      this.announce(current, false);
    }
  }

  /** Entries of one document, oldest first. */
  inDocument(documentId: string): PresenceEntry[] {
    return this.current().filter((entry) => entry.documentId === documentId);
  }

  /** Entries of these projects, oldest first. */
  inProjects(projectIds: ReadonlySet<string>): PresenceEntry[] {
    return this.current().filter((entry) => projectIds.has(entry.projectId));
  }

  /** Drops the entries not refreshed in time and announces each as `editing: false`. */
  sweep(): void {
    const now = this.clock.now().getTime();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) continue;
      this.entries.delete(key);
      this.announce(entry, false);
    }
  }

  /** Stops the background sweep and listening to the other instances (shutdown, tests). */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.stopReceiving();
  }

  private current(): PresenceEntry[] {
    this.sweep();
    return [...this.entries.values()]
      .map(({ expiresAt: _expiresAt, ...entry }) => entry)
      .sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
  }

  private announce(entry: PresenceTarget, editing: boolean): void {
    const { documentId, segmentId, segmentIndex, user } = entry;
    this.feed.publish({ type: 'presence', documentId, segmentId, segmentIndex, user, editing });
  }
}

const keyOf = (userId: string, segmentId: string): string => `${userId}\u0000${segmentId}`;

// The live feeds of several instances on one store, joined through the store's change log
// (ports/changeLog.ts). A notice published on a shared feed is delivered at once to this instance's
// subscribers, as before, and appended to the change log; every other instance reads it from there (its
// follower: SQLite polls every LIVE_FEED_POLL_MS, MongoDB is told by a change stream) and delivers it to
// its own subscribers. An instance skips the entries it appended itself (its store does not even deliver them), so nothing arrives twice.
//
// Appends go out in publishing order, batched: a notice is handed to the log once the event loop turns,
// together with whatever else was published meanwhile, and one batch at a time, so that a presence start and its
// end cannot overtake each other. A notice is appended after the change it announces has committed (the
// store decorators publish after the write): if the instance dies in between, the others miss that
// notice and show the change at the next one or on reload. The change itself is never lost, and
// notices only say "look again": the watchers read the data from the store (watchDocument.ts).
import type { ChangeLogEntry, ChangeLogFollower, ChangeLogRepository } from '../../ports/changeLog';
import type { Clock } from '../../ports/system';
import { yieldToEventLoop } from '../../slices';

/** Notices sent to the other instances on one store, by topic. */
export interface FeedBridge {
  /** Sends the notice to the other instances (not to this one). Never throws. */
  send(topic: string, notice: unknown): void;
  /** Calls `listener` with every notice of `topic` another instance sent; returns the unsubscribe function. */
  receive(topic: string, listener: (notice: unknown) => void): () => void;
}

export interface ChangeLogBridgeOptions {
  /** This instance (config.instanceId). */
  origin: string;
  pollMs: number;
  /** Entries older than this are pruned (every minute, or every retentionMs when shorter). */
  retentionMs: number;
  onError?: (error: unknown) => void;
}

const logError = (error: unknown) => console.error('live feed across instances:', error);

export class ChangeLogBridge implements FeedBridge {
  private readonly receivers = new Map<string, Set<(notice: unknown) => void>>();
  private readonly onError: (error: unknown) => void;
  private queue: ChangeLogEntry[] = [];
  private flushing: Promise<void> | null = null;
  private follower: ChangeLogFollower | null = null;
  private pruner: NodeJS.Timeout | null = null;

  constructor(
    private readonly log: ChangeLogRepository,
    private readonly clock: Clock,
    private readonly options: ChangeLogBridgeOptions,
  ) {
    this.onError = options.onError ?? logError;
  }

  /** Starts following the log; resolves once every entry appended from now on will be received. */
  async start(): Promise<void> {
    this.follower = this.log.follow((entries) => this.dispatch(entries), { pollMs: this.options.pollMs, onError: this.onError, exceptOrigin: this.options.origin });
    await this.follower.ready;
    this.pruner = setInterval(() => this.prune(), Math.min(60_000, this.options.retentionMs));
    this.pruner.unref();
  }

  send(topic: string, notice: unknown): void {
    this.queue.push({ topic, origin: this.options.origin, payload: notice, at: this.clock.now().toISOString() });
    this.flush();
  }

  receive(topic: string, listener: (notice: unknown) => void): () => void {
    let listeners = this.receivers.get(topic);
    if (!listeners) this.receivers.set(topic, (listeners = new Set()));
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }

  /** Stops following, after the notices sent so far have been appended. */
  async close(): Promise<void> {
    if (this.pruner) clearInterval(this.pruner);
    await this.flushing;
    await this.follower?.stop();
  }

  private flush(): void {
    if (this.flushing) return;
    this.flushing = (async () => {
      // Gather what is published until the event loop turns into one append: under many saves at once,
      // one transaction for all their notices (a change and its QA result each) instead of two per save.
      await yieldToEventLoop();
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        try {
          await this.log.append(batch);
        } catch (error) {
          this.onError(error);
        }
      }
    })().finally(() => {
      this.flushing = null;
      if (this.queue.length > 0) this.flush(); // sent after the loop had ended
    });
  }

  private dispatch(entries: readonly ChangeLogEntry[]): void {
    for (const entry of entries) {
      if (entry.origin === this.options.origin) continue;
      for (const listener of this.receivers.get(entry.topic) ?? []) {
        try {
          listener(entry.payload);
        } catch (error) {
          this.onError(error);
        }
      }
    }
  }

  private prune(): void {
    const before = new Date(this.clock.now().getTime() - this.options.retentionMs).toISOString();
    this.log.prune(before).catch(this.onError);
  }
}

/**
 * The local feed, shared: what is published reaches this instance's subscribers at once and the other
 * instances' through the bridge; what the others publish under `topic` reaches the subscribers here.
 */
export function shareFeed<N, F extends { publish(notice: N): void }>(bridge: FeedBridge, topic: string, local: F): F {
  bridge.receive(topic, (notice) => local.publish(notice as N));
  return {
    ...local,
    publish(notice: N) {
      local.publish(notice);
      bridge.send(topic, notice);
    },
  };
}

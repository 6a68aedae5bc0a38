// The change log: how the instances sharing one store tell each other what the in-process feeds tell
// their own subscribers (segment changes, presence, ended sessions …), so that a browser watching a
// document through instance B sees an edit made through instance A. An instance appends the notices it
// publishes and follows what the others append (commands/live/changeLogBridge.ts). SQLite: a table with
// a store-wide increasing revision, polled from each instance's last revision, the way the TM index
// catches up (commands/tm/tmService.ts). MongoDB: a change stream on the collection. Entries are
// notices ("look again"), never data: the data is read from the store when a notice arrives, so an
// entry missed (pruned before a lagging instance read it) costs a stale view, never a lost change.
// Both stores pass tests/storage/instancesContract.ts.

export interface ChangeLogEntry {
  /** Which feed the notice belongs to: `segments`, `accounts`, `presence` … */
  topic: string;
  /** The instance that appended it (config.instanceId): an instance skips its own. */
  origin: string;
  /** The notice as the feed publishes it; anything JSON can hold. */
  payload: unknown;
  /** When it was appended (ISO); entries are pruned by age. */
  at: string;
}

export interface ChangeLogFollowOptions {
  /** SQLite: how often to read new entries (ms). MongoDB is told by its change stream and ignores it. */
  pollMs: number;
  /** A read failed (the store is unreachable …); following goes on. */
  onError(error: unknown): void;
  /**
   * Entries of this origin are not delivered: an instance's own notices, which reached its subscribers
   * when it published them. The store skips them without reading them whole.
   */
  exceptOrigin?: string;
}

export interface ChangeLogFollower {
  /** Resolves once following has begun: every entry appended after that is delivered. */
  ready: Promise<void>;
  /** Stops following; no entry is delivered after it resolves. */
  stop(): Promise<void>;
}

export interface ChangeLogRepository {
  /**
   * Appends the entries, in order. A store may leave out the entries that no follower reads (all of an
   * origin whose only followers leave it out, or when nobody follows): SQLite does, as the notices of
   * an instance alone on its file are most of its writes besides the saves. MongoDB writes them all.
   */
  append(entries: readonly ChangeLogEntry[]): Promise<void>;
  /**
   * Calls `onEntries` with the entries appended (by any store on the same database, this one included)
   * after `ready`, in the order they were appended, each once; none of `exceptOrigin`.
   */
  follow(onEntries: (entries: ChangeLogEntry[]) => void, options: ChangeLogFollowOptions): ChangeLogFollower;
  /** Deletes the entries appended before `before` (ISO); returns how many. */
  prune(before: string): Promise<number>;
}

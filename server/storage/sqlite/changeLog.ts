// The change log in SQLite (ports/changeLog.ts). Each follower polls `revision > cursor` every `pollMs`,
// a bounded batch at a time (a full batch is followed at once by the next). Writers are serialized and
// a revision is assigned inside the writing transaction, so revisions become visible in order and the
// cursor is simply the highest revision read (as for the TM revisions, commands/tm/tmService.ts).
//
// Appends nobody reads are not written. Every follower has a row in change_log_followers (migration 019)
// while it follows, renewed every `heartbeatMs`; an entry is written only when a follower heard of in the
// last `goneAfterMs` reads its origin. An instance alone on its file follows only the others' notices, so
// its saves' notices were a transaction per turn of the event loop that nothing ever read (docs/performance.md,
// "What a save costs"). A follower registers before it reads where it starts, and is `ready` only once
// no instance can still believe itself unread (`recheckMs`): an entry appended after that is written.
import { randomUUID } from 'node:crypto';
import type { ChangeLogEntry, ChangeLogRepository } from '../../ports/changeLog';
import type { Db } from './database';
import { yieldToEventLoop } from '../../slices';
import { writeTransaction } from './shared';

interface ChangeLogRow {
  revision: number;
  topic: string;
  origin: string;
  payload: string;
  at: string;
}

/** Entries read per query. */
const BATCH = 500;
/** Entries deleted per statement when pruning. */
const PRUNE_SLICE = 5_000;

/** How a follower says it is still there. */
export interface FollowerTiming {
  /** Milliseconds since 1970 (the followers of every process on the file compare these). */
  now(): number;
  /** How often a follower renews its row (ms). */
  heartbeatMs: number;
  /**
   * A follower not heard of for this long is taken for gone (a process killed before it could say so):
   * appends stop writing for it, and a prune deletes its row. Far longer than a heartbeat, as a busy
   * event loop may delay one.
   */
  goneAfterMs: number;
  /**
   * How long "nobody reads this origin" is believed without asking again (ms). A follower's `ready`
   * waits this long after it registered, so that no instance still believes it is alone by then.
   */
  recheckMs: number;
}

export const FOLLOWER_TIMING: FollowerTiming = { now: () => Date.now(), heartbeatMs: 5_000, goneAfterMs: 60_000, recheckMs: 100 };

/** Origins remembered as unread at most (there is one per instance). */
const UNREAD_KEPT = 100;

const toEntry = (row: ChangeLogRow): ChangeLogEntry => ({ topic: row.topic, origin: row.origin, payload: JSON.parse(row.payload), at: row.at });

export function createChangeLogRepository(db: Db, timing: FollowerTiming = FOLLOWER_TIMING): ChangeLogRepository {
  const insert = db.prepare<[string, string, string, string]>('INSERT INTO change_log (topic, origin, payload, at) VALUES (?, ?, ?, ?)');
  const appendAll = writeTransaction(db, (entries: readonly ChangeLogEntry[]) => {
    for (const entry of entries) insert.run(entry.topic, entry.origin, JSON.stringify(entry.payload), entry.at);
  });
  const latest = db.prepare<[], { revision: number | null }>('SELECT MAX(revision) AS revision FROM change_log');
  const after = db.prepare<[number, number], ChangeLogRow>('SELECT * FROM change_log WHERE revision > ? ORDER BY revision LIMIT ?');
  // An instance's own notices are most of what it would read under its own saves: skipped by the
  // statement, they are neither built as rows nor parsed. The cursor still moves past them (to the last
  // revision of the same snapshot), or every poll would step over all of them again.
  const afterExcept = db.prepare<[number, string, number], ChangeLogRow>(
    'SELECT * FROM change_log WHERE revision > ? AND origin <> ? ORDER BY revision LIMIT ?',
  );
  const othersAfter = db.transaction((from: number, origin: string) => {
    const rows = afterExcept.all(from, origin, BATCH);
    const upTo = rows.length === BATCH ? rows[rows.length - 1]!.revision : (latest.get()?.revision ?? from);
    return { rows, upTo };
  });
  const everyAfter = (from: number) => {
    const rows = after.all(from, BATCH);
    return { rows, upTo: rows.length > 0 ? rows[rows.length - 1]!.revision : from };
  };
  // Pruned a slice at a time, the event loop turning between: ten minutes of notices under heavy saves
  // are hundreds of thousands of rows, too many for one statement on the main thread.
  const pruneSlice = db.prepare<[string, number]>('DELETE FROM change_log WHERE revision IN (SELECT revision FROM change_log WHERE at < ? LIMIT ?)');

  const heardOf = () => timing.now() - timing.goneAfterMs;
  const readerOf = db
    .prepare<[number, string], 1>('SELECT 1 FROM change_log_followers WHERE seen_at >= ? AND (except_origin IS NULL OR except_origin <> ?) LIMIT 1')
    .pluck();
  const renew = db.prepare<[string, string | null, number]>(
    'INSERT INTO change_log_followers (id, except_origin, seen_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET seen_at = excluded.seen_at',
  );
  const unregister = db.prepare<[string]>('DELETE FROM change_log_followers WHERE id = ?');
  const pruneGone = db.prepare<[number]>('DELETE FROM change_log_followers WHERE seen_at < ?');
  // Asking the file costs a read transaction (its locks are system calls) on every append, that is on
  // every turn of the event loop under saves: an origin found unread is believed so for `recheckMs`.
  // Nothing but a follower's registration makes it read again, and a follower is only `ready` once
  // that time has passed since it registered (below). A read origin is asked about every time: the
  // append that follows costs far more anyway.
  const unreadSince = new Map<string, number>();
  const readByFollower = (origin: string, since: number): boolean => {
    const known = unreadSince.get(origin);
    if (known !== undefined && performance.now() - known < timing.recheckMs) return false;
    const found = readerOf.get(since, origin) !== undefined;
    if (found) unreadSince.delete(origin);
    else {
      if (unreadSince.size >= UNREAD_KEPT) unreadSince.clear();
      unreadSince.set(origin, performance.now());
    }
    return found;
  };
  /** The entries some follower reads: those of an origin that one of them does not leave out. */
  const read = (entries: readonly ChangeLogEntry[]): readonly ChangeLogEntry[] => {
    const since = heardOf();
    const readers = new Map<string, boolean>();
    const isRead = (origin: string) => {
      let found = readers.get(origin);
      if (found === undefined) readers.set(origin, (found = readByFollower(origin, since)));
      return found;
    };
    return entries.filter((entry) => isRead(entry.origin));
  };

  return {
    async append(entries) {
      if (entries.length === 0) return;
      const wanted = read(entries);
      if (wanted.length > 0) appendAll(wanted);
    },
    follow(onEntries, { pollMs, onError, exceptOrigin }) {
      const readAfter = (from: number) => (exceptOrigin === undefined ? everyAfter(from) : othersAfter(from, exceptOrigin));
      const id = randomUUID();
      let renewedAt = -Infinity;
      // Renewed even when a prune of another instance deleted the row (it had not been heard of). A
      // write that fails is tried again at the next poll.
      const beat = () => {
        const now = timing.now();
        if (now - renewedAt < timing.heartbeatMs) return;
        try {
          renew.run(id, exceptOrigin ?? null, now);
          renewedAt = now;
        } catch (error) {
          onError(error);
        }
      };
      // Registered before the cursor is read: an append that comes after finds this follower.
      beat();
      unreadSince.clear();
      let cursor = latest.get()?.revision ?? 0;
      let stopped = false;
      let timer: NodeJS.Timeout | null = null;
      const schedule = (ms: number) => {
        timer = setTimeout(poll, ms);
        timer.unref();
      };
      function poll() {
        if (stopped || !db.open) return;
        beat();
        let full = false;
        try {
          const { rows, upTo } = readAfter(cursor);
          full = rows.length === BATCH;
          cursor = upTo;
          if (rows.length > 0) onEntries(rows.map(toEntry));
        } catch (error) {
          onError(error);
        }
        schedule(full ? 0 : pollMs);
      }
      schedule(pollMs);
      // Every instance (this one included) has asked the file again by then, and found this follower.
      // The timer keeps the process alive (a start waits for `ready` before it listens); stop() ends it, so
      // that a follower stopped early leaves nothing pending.
      let readyTimer: NodeJS.Timeout | null = null;
      let beReady = () => {};
      const ready = new Promise<void>((resolve) => {
        beReady = resolve;
        readyTimer = setTimeout(resolve, timing.recheckMs + 1);
      });
      return {
        ready,
        async stop() {
          if (stopped) return;
          stopped = true;
          if (timer) clearTimeout(timer);
          if (readyTimer) clearTimeout(readyTimer);
          beReady();
          try {
            if (db.open) unregister.run(id);
          } catch {
            // The row goes with the next prune once it is not heard of; appends write for it until then.
          }
        },
      };
    },
    async prune(before) {
      pruneGone.run(heardOf());
      let pruned = 0;
      for (;;) {
        const changes = pruneSlice.run(before, PRUNE_SLICE).changes;
        pruned += changes;
        if (changes < PRUNE_SLICE) return pruned;
        await yieldToEventLoop();
      }
    },
  };
}

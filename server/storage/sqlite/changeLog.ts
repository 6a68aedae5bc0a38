// The change log in SQLite (ports/changeLog.ts). Each follower polls `revision > cursor` every `pollMs`,
// a bounded batch at a time (a full batch is followed at once by the next). Writers are serialized and
// a revision is assigned inside the writing transaction, so revisions become visible in order and the
// cursor is simply the highest revision read (as for the TM revisions, commands/tm/tmService.ts).
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

const toEntry = (row: ChangeLogRow): ChangeLogEntry => ({ topic: row.topic, origin: row.origin, payload: JSON.parse(row.payload), at: row.at });

export function createChangeLogRepository(db: Db): ChangeLogRepository {
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

  return {
    async append(entries) {
      if (entries.length > 0) appendAll(entries);
    },
    follow(onEntries, { pollMs, onError, exceptOrigin }) {
      const read = (from: number) => (exceptOrigin === undefined ? everyAfter(from) : othersAfter(from, exceptOrigin));
      let cursor = latest.get()?.revision ?? 0;
      let stopped = false;
      let timer: NodeJS.Timeout | null = null;
      const schedule = (ms: number) => {
        timer = setTimeout(poll, ms);
        timer.unref();
      };
      function poll() {
        if (stopped || !db.open) return;
        let full = false;
        try {
          const { rows, upTo } = read(cursor);
          full = rows.length === BATCH;
          cursor = upTo;
          if (rows.length > 0) onEntries(rows.map(toEntry));
        } catch (error) {
          onError(error);
        }
        schedule(full ? 0 : pollMs);
      }
      schedule(pollMs);
      return {
        ready: Promise.resolve(),
        async stop() {
          stopped = true;
          if (timer) clearTimeout(timer);
        },
      };
    },
    async prune(before) {
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

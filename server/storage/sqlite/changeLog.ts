// The change log in SQLite (ports/changeLog.ts). Each follower polls `revision > cursor` every `pollMs`,
// a bounded batch at a time (a full batch is followed at once by the next). Writers are serialized and
// a revision is assigned inside the writing transaction, so revisions become visible in order and the
// cursor is simply the highest revision read (as for the TM revisions, commands/tm/tmService.ts).
import type { ChangeLogEntry, ChangeLogRepository } from '../../ports/changeLog';
import type { Db } from './database';
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

const toEntry = (row: ChangeLogRow): ChangeLogEntry => ({ topic: row.topic, origin: row.origin, payload: JSON.parse(row.payload), at: row.at });

export function createChangeLogRepository(db: Db): ChangeLogRepository {
  const insert = db.prepare<[string, string, string, string]>('INSERT INTO change_log (topic, origin, payload, at) VALUES (?, ?, ?, ?)');
  const appendAll = writeTransaction(db, (entries: readonly ChangeLogEntry[]) => {
    for (const entry of entries) insert.run(entry.topic, entry.origin, JSON.stringify(entry.payload), entry.at);
  });
  const latest = db.prepare<[], { revision: number | null }>('SELECT MAX(revision) AS revision FROM change_log');
  const after = db.prepare<[number, number], ChangeLogRow>('SELECT * FROM change_log WHERE revision > ? ORDER BY revision LIMIT ?');
  // An instance's own notices are most of what it would read under its own saves: skipped by the
  // statement, they are neither built as rows nor parsed.
  const afterExcept = db.prepare<[number, string, number], ChangeLogRow>(
    'SELECT * FROM change_log WHERE revision > ? AND origin <> ? ORDER BY revision LIMIT ?',
  );
  const prune = db.prepare<[string]>('DELETE FROM change_log WHERE at < ?');

  return {
    async append(entries) {
      if (entries.length > 0) appendAll(entries);
    },
    follow(onEntries, { pollMs, onError, exceptOrigin }) {
      const read = (from: number) => (exceptOrigin === undefined ? after.all(from, BATCH) : afterExcept.all(from, exceptOrigin, BATCH));
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
          const rows = read(cursor);
          full = rows.length === BATCH;
          if (rows.length > 0) {
            cursor = rows[rows.length - 1].revision;
            onEntries(rows.map(toEntry));
          }
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
      return prune.run(before).changes;
    },
  };
}

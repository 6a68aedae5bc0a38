// The followers of the change log, so that an instance alone on its file writes no notices that nobody
// reads (storage/sqlite/changeLog.ts). Each follower has a row while it follows, renewed every few
// seconds; an append is written only when some follower that is still heard of reads entries of its origin.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 19,
  name: 'change_log_followers',
  sql: `
    CREATE TABLE change_log_followers (
      id            TEXT PRIMARY KEY,
      except_origin TEXT,              -- the origin it leaves out (its own instance); NULL: it reads every origin
      seen_at       INTEGER NOT NULL   -- when it last said it follows, in ms since 1970
    );
  `,
};

// People working on a document together: comment threads on segments, assignments of documents or
// segment ranges with due dates, and in-app notifications with each person's muted kinds. `seq` keeps
// the order of rows written in the same millisecond.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 10,
  name: 'collaboration',
  sql: `
    CREATE TABLE segment_comments (
      seq          INTEGER PRIMARY KEY AUTOINCREMENT,
      id           TEXT NOT NULL UNIQUE,
      segment_id   TEXT NOT NULL REFERENCES segments (id),
      document_id  TEXT NOT NULL,
      project_id   TEXT NOT NULL,
      thread_id    TEXT NOT NULL,
      reply_to     TEXT,
      kind         TEXT NOT NULL,          -- comment | rejection
      author_id    TEXT NOT NULL,
      text         TEXT NOT NULL,
      mentions     TEXT NOT NULL,          -- JSON string[] (user ids)
      resolved     INTEGER NOT NULL,       -- 0 | 1, on a thread's first comment
      resolved_by  TEXT,
      resolved_at  TEXT,
      created_at   TEXT NOT NULL,
      edited_at    TEXT
    );
    CREATE INDEX segment_comments_by_segment ON segment_comments (segment_id, created_at, seq);
    CREATE INDEX segment_comments_by_document ON segment_comments (document_id);

    CREATE TABLE assignments (
      seq             INTEGER PRIMARY KEY AUTOINCREMENT,
      id              TEXT NOT NULL UNIQUE,
      project_id      TEXT NOT NULL,
      document_id     TEXT NOT NULL REFERENCES documents (id),
      first_index     INTEGER,               -- both NULL: the whole document
      last_index      INTEGER,
      translator_id   TEXT,
      reviewer_id     TEXT,
      translation_due TEXT,
      review_due      TEXT,
      created_by      TEXT NOT NULL,
      created_at      TEXT NOT NULL,
      updated_at      TEXT NOT NULL,
      version         INTEGER NOT NULL
    );
    CREATE INDEX assignments_by_document ON assignments (document_id);
    CREATE INDEX assignments_by_translator ON assignments (translator_id);
    CREATE INDEX assignments_by_reviewer ON assignments (reviewer_id);
    CREATE INDEX assignments_by_translation_due ON assignments (translation_due);
    CREATE INDEX assignments_by_review_due ON assignments (review_due);

    CREATE TABLE notifications (
      seq           INTEGER PRIMARY KEY AUTOINCREMENT,
      id            TEXT NOT NULL UNIQUE,
      user_id       TEXT NOT NULL REFERENCES users (id),
      kind          TEXT NOT NULL,
      actor_id      TEXT,
      project_id    TEXT,
      document_id   TEXT,
      segment_id    TEXT,
      comment_id    TEXT,
      assignment_id TEXT,
      params        TEXT NOT NULL,           -- JSON object of strings and numbers
      dedupe_key    TEXT,
      created_at    TEXT NOT NULL,
      read_at       TEXT
    );
    CREATE INDEX notifications_by_user ON notifications (user_id, created_at, seq);
    CREATE UNIQUE INDEX notifications_once_per_key ON notifications (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL;

    CREATE TABLE notification_settings (
      user_id TEXT PRIMARY KEY REFERENCES users (id),
      muted   TEXT NOT NULL                  -- JSON NotificationKind[]
    );
  `,
};

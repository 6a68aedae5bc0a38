// Stored QA results: one row per checked segment, replaced on every check. The counts are columns so a
// document's statistics are one indexed aggregate; the issues themselves are JSON, read whole.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 3,
  name: 'segment_qa',
  sql: `
    CREATE TABLE segment_qa (
      segment_id      TEXT PRIMARY KEY REFERENCES segments (id),
      document_id     TEXT NOT NULL,
      version         INTEGER NOT NULL,      -- the segment version that was checked
      issues          TEXT NOT NULL,         -- JSON QaIssue[]
      errors          INTEGER NOT NULL,
      warnings        INTEGER NOT NULL,
      infos           INTEGER NOT NULL,
      override_reason TEXT,
      checked_at      TEXT NOT NULL
    );
    CREATE INDEX segment_qa_by_document ON segment_qa (document_id);
  `,
};

// Measured quality (issue 13): LQA annotations of segments, and the post-edit distance of each segment
// at confirmation and at approval (one row per segment and stage, replaced when measured again).
import type { Migration } from './migration';

export const migration: Migration = {
  version: 15,
  name: 'quality',
  sql: `
    CREATE TABLE lqa_annotations (
      id              TEXT PRIMARY KEY,
      segment_id      TEXT NOT NULL REFERENCES segments (id),
      document_id     TEXT NOT NULL,
      project_id      TEXT NOT NULL,
      category        TEXT NOT NULL,
      severity        TEXT NOT NULL CHECK (severity IN ('neutral', 'minor', 'major', 'critical')),
      comment         TEXT,
      span_start      INTEGER,
      span_end        INTEGER,
      segment_version INTEGER NOT NULL,
      target          TEXT,
      author_id       TEXT NOT NULL,
      created_at      TEXT NOT NULL
    );
    CREATE INDEX lqa_annotations_by_segment ON lqa_annotations (segment_id, created_at, id);
    CREATE INDEX lqa_annotations_by_document ON lqa_annotations (document_id, created_at, id);

    CREATE TABLE post_edits (
      segment_id    TEXT NOT NULL REFERENCES segments (id),
      stage         TEXT NOT NULL CHECK (stage IN ('confirm', 'approve')),
      document_id   TEXT NOT NULL,
      project_id    TEXT NOT NULL,
      origin        TEXT NOT NULL CHECK (origin IN ('mt', 'tm', 'empty')),
      band          TEXT,
      translator_id TEXT,
      actor_id      TEXT NOT NULL,
      distance      INTEGER NOT NULL,
      ratio         REAL NOT NULL,
      words         INTEGER NOT NULL,
      at            TEXT NOT NULL,
      PRIMARY KEY (segment_id, stage)
    );
    CREATE INDEX post_edits_by_document ON post_edits (document_id, at);
  `,
};

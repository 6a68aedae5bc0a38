// Alignments of existing German/Polish pairs and the translation memory they feed. Sentence lists and
// beads are JSON text (read and written whole); `tm_units.seq` keeps the order of units written together.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 2,
  name: 'alignments_and_tm',
  sql: `
    CREATE TABLE alignments (
      id           TEXT PRIMARY KEY,
      project_id   TEXT NOT NULL REFERENCES projects (id),
      title        TEXT NOT NULL,
      format       TEXT NOT NULL,
      de_sentences TEXT NOT NULL,           -- JSON string[]
      pl_sentences TEXT NOT NULL,           -- JSON string[]
      beads        TEXT NOT NULL,           -- JSON AlignmentBead[]
      status       TEXT NOT NULL,
      version      INTEGER NOT NULL,
      created_by   TEXT NOT NULL,
      created_at   TEXT NOT NULL,
      updated_at   TEXT NOT NULL
    );
    CREATE INDEX alignments_by_project ON alignments (project_id, created_at);

    CREATE TABLE tm_units (
      seq        INTEGER PRIMARY KEY AUTOINCREMENT,
      id         TEXT NOT NULL UNIQUE,
      project_id TEXT NOT NULL REFERENCES projects (id),
      source     TEXT NOT NULL,
      target     TEXT NOT NULL,
      origin     TEXT NOT NULL,             -- segment | alignment | tmx
      origin_id  TEXT,
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    -- seq is the rowid, the last key of every index: pages in (created_at, seq) order come from the index.
    CREATE INDEX tm_units_by_project ON tm_units (project_id, created_at);
  `,
};

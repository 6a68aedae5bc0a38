// Source revisions of documents (commands/documents/revise.ts):
// - `documents.revision`: 1 for the submitted text, +1 for every revision (compare-and-set on it).
// - `segments.removed_in_revision`: set on a segment a revision took out of its document. The row stays
//   (its events, its place in the history) but every read of a document's current segments skips it.
// - `segment_events.from_source`/`to_source`: the German source before and after a `source_revised` event.
// - `document_revisions`: what each revision did (counts, words to review again, the changed, new and
//   removed segments as JSON, read whole) and who did it when.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 9,
  name: 'revisions',
  sql: `
    ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE segments ADD COLUMN removed_in_revision INTEGER;
    ALTER TABLE segment_events ADD COLUMN from_source TEXT;
    ALTER TABLE segment_events ADD COLUMN to_source TEXT;

    CREATE TABLE document_revisions (
      id              TEXT PRIMARY KEY,
      document_id     TEXT NOT NULL REFERENCES documents (id),
      project_id      TEXT NOT NULL,
      number          INTEGER NOT NULL,
      format          TEXT NOT NULL,
      created_by      TEXT NOT NULL,
      created_at      TEXT NOT NULL,
      unchanged       INTEGER NOT NULL,
      changed         INTEGER NOT NULL,
      added           INTEGER NOT NULL,
      removed         INTEGER NOT NULL,
      words_to_review INTEGER NOT NULL,
      new_words       INTEGER NOT NULL,
      removed_words   INTEGER NOT NULL,
      segment_count   INTEGER NOT NULL,
      details         TEXT NOT NULL,        -- JSON {changed, added, removed}
      analysis        TEXT NOT NULL,        -- JSON TmAnalysis of the new segments
      UNIQUE (document_id, number)
    );
  `,
};

// What keeps large writes and the translation memory's warm-up off the event loop (docs/performance.md):
// - `documents.pending`: a large document is written in slices, each its own transaction, while it is
//   pending (1): no read sees it until its last slice made it visible (0). A write interrupted by a
//   crash leaves a pending document, removed at the next start (storage/sqlite/documents.ts).
// - `store_identity`: a random id made once per database. The translation memory's snapshot on disk
//   (commands/tm, server/workers) records it and is only loaded into the store it was taken from.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 14,
  name: 'event_loop',
  sql: `
    ALTER TABLE documents ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE store_identity (
      id    INTEGER PRIMARY KEY CHECK (id = 1),
      value TEXT NOT NULL
    );
    INSERT INTO store_identity (id, value) VALUES (1, lower(hex(randomblob(16))));
  `,
};

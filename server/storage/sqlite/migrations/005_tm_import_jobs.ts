// Background TMX imports into the translation memory: progress, outcome and the place of an invalid_tmx
// error. `total` is NULL until the check pass has read the whole file.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 5,
  name: 'tm_import_jobs',
  sql: `
    CREATE TABLE tm_import_jobs (
      seq          INTEGER PRIMARY KEY AUTOINCREMENT,
      id           TEXT NOT NULL UNIQUE,
      project_id   TEXT NOT NULL REFERENCES projects (id),
      status       TEXT NOT NULL,             -- queued | running | done | failed
      done         INTEGER NOT NULL,
      total        INTEGER,
      skipped      INTEGER NOT NULL,
      bytes_read   INTEGER NOT NULL,
      total_bytes  INTEGER NOT NULL,
      error_code   TEXT,
      error_detail TEXT,
      error_line   INTEGER,
      error_column INTEGER,
      created_by   TEXT NOT NULL,
      created_at   TEXT NOT NULL,
      updated_at   TEXT NOT NULL
    );
    CREATE INDEX tm_import_jobs_unfinished ON tm_import_jobs (status) WHERE status IN ('queued', 'running');
  `,
};

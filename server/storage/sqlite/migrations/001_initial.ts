// The first schema. Arrays and objects (roles, members, settings, tags) are JSON text; timestamps are
// ISO-8601 UTC text, so they sort as strings. `seq` columns keep insertion order where ties matter.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 1,
  name: 'initial',
  sql: `
    CREATE TABLE users (
      id            TEXT PRIMARY KEY,
      email         TEXT NOT NULL UNIQUE,   -- lower-cased
      name          TEXT NOT NULL,
      roles         TEXT NOT NULL,          -- JSON Role[]
      password_hash TEXT NOT NULL,
      created_at    TEXT NOT NULL
    );

    CREATE TABLE projects (
      id          TEXT PRIMARY KEY,
      name        TEXT NOT NULL,
      source_lang TEXT NOT NULL,
      target_lang TEXT NOT NULL,
      settings    TEXT NOT NULL,            -- JSON ProjectSettings
      members     TEXT NOT NULL,            -- JSON ProjectMember[], the source of truth
      created_by  TEXT NOT NULL,
      created_at  TEXT NOT NULL
    );
    CREATE INDEX projects_by_age ON projects (created_at, id);

    -- Derived from projects.members on every write, so listForMember is an index lookup.
    CREATE TABLE project_members (
      user_id    TEXT NOT NULL,
      project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
      PRIMARY KEY (user_id, project_id)
    ) WITHOUT ROWID;
    CREATE INDEX project_members_by_project ON project_members (project_id);

    CREATE TABLE documents (
      id                TEXT PRIMARY KEY,
      project_id        TEXT NOT NULL REFERENCES projects (id),
      title             TEXT NOT NULL,
      format            TEXT NOT NULL,
      skeleton          TEXT NOT NULL,
      due_date          TEXT,
      billed_characters INTEGER NOT NULL DEFAULT 0,
      segment_count     INTEGER NOT NULL,
      created_by        TEXT NOT NULL,
      created_at        TEXT NOT NULL
    );
    CREATE INDEX documents_by_project ON documents (project_id);

    CREATE TABLE segments (
      id               TEXT PRIMARY KEY,
      document_id      TEXT NOT NULL REFERENCES documents (id),
      project_id       TEXT NOT NULL,
      idx              INTEGER NOT NULL,
      source           TEXT NOT NULL,
      target           TEXT,
      state            TEXT NOT NULL,
      origin           TEXT,
      mt_target        TEXT,
      version          INTEGER NOT NULL,
      kind             TEXT NOT NULL,
      tags             TEXT NOT NULL,           -- JSON InlineTag[]
      word_count       INTEGER NOT NULL,
      char_count       INTEGER NOT NULL,
      lang             TEXT NOT NULL,           -- SegmentLanguage
      source_key       TEXT NOT NULL,           -- normalized source, for repetitions
      repetition       INTEGER NOT NULL,        -- 0/1
      context_specific INTEGER NOT NULL,        -- 0/1
      translated_by    TEXT,
      reviewed_by      TEXT,
      updated_at       TEXT NOT NULL
    );
    CREATE INDEX segments_by_index ON segments (document_id, idx);
    CREATE INDEX segments_by_state ON segments (document_id, state);
    CREATE INDEX segments_by_source_key ON segments (project_id, source_key);

    CREATE TABLE segment_events (
      seq         INTEGER PRIMARY KEY AUTOINCREMENT,
      id          TEXT NOT NULL UNIQUE,
      segment_id  TEXT NOT NULL REFERENCES segments (id),
      document_id TEXT NOT NULL,
      actor_id    TEXT,
      at          TEXT NOT NULL,
      action      TEXT NOT NULL,
      from_state  TEXT NOT NULL,
      to_state    TEXT NOT NULL,
      from_target TEXT,
      to_target   TEXT,
      note        TEXT,
      version     INTEGER NOT NULL
    );
    CREATE INDEX segment_events_by_segment ON segment_events (segment_id, seq);

    CREATE TABLE mt_jobs (
      seq               INTEGER PRIMARY KEY AUTOINCREMENT,
      id                TEXT NOT NULL UNIQUE,
      document_id       TEXT NOT NULL REFERENCES documents (id),
      project_id        TEXT NOT NULL,
      status            TEXT NOT NULL,
      done              INTEGER NOT NULL,
      total             INTEGER NOT NULL,
      billed_characters INTEGER NOT NULL,
      error_code        TEXT,
      error_detail      TEXT,
      created_by        TEXT NOT NULL,
      created_at        TEXT NOT NULL,
      updated_at        TEXT NOT NULL
    );
    CREATE INDEX mt_jobs_by_document ON mt_jobs (document_id, created_at);
    CREATE INDEX mt_jobs_by_status ON mt_jobs (status);

    CREATE TABLE mt_cache (
      key         TEXT PRIMARY KEY,
      translation TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE sessions (
      id         TEXT PRIMARY KEY,          -- sha256 of the secret, hex
      user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      kind       TEXT NOT NULL,
      name       TEXT,
      created_at TEXT NOT NULL,
      expires_at TEXT
    );
    CREATE INDEX sessions_by_user ON sessions (user_id);
  `,
};

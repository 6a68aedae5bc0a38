// Accounts people can manage: deactivation, API tokens with a public id and a last use, one-time
// password reset links, and the audit trail. Existing accounts stay active. Sessions keep their key
// (the hash of the secret, now named for what it is) and get a random public id of their own.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 8,
  name: 'accounts',
  sql: `
    ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1;   -- 0/1

    ALTER TABLE sessions RENAME COLUMN id TO secret_hash;
    ALTER TABLE sessions ADD COLUMN id TEXT;
    UPDATE sessions SET id = lower(hex(randomblob(16)));
    CREATE UNIQUE INDEX sessions_by_public_id ON sessions (id);
    ALTER TABLE sessions ADD COLUMN last_used_at TEXT;
    CREATE INDEX sessions_tokens ON sessions (kind, created_at, id);

    CREATE TABLE password_resets (
      id          TEXT PRIMARY KEY,
      secret_hash TEXT NOT NULL,           -- sha256 of the link's secret, hex
      user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_by  TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      expires_at  TEXT NOT NULL,
      used_at     TEXT
    );
    CREATE INDEX password_resets_by_user ON password_resets (user_id);

    -- Append-only: the repository has no UPDATE or DELETE for it.
    CREATE TABLE audit_events (
      seq         INTEGER PRIMARY KEY AUTOINCREMENT,
      id          TEXT NOT NULL UNIQUE,
      at          TEXT NOT NULL,
      kind        TEXT NOT NULL,
      actor_id    TEXT,
      ip          TEXT,
      target_type TEXT,
      target_id   TEXT,
      project_id  TEXT,
      details     TEXT NOT NULL            -- JSON AuditDetails
    );
    CREATE INDEX audit_events_by_time ON audit_events (at, seq);
    CREATE INDEX audit_events_by_actor ON audit_events (actor_id, at);
    CREATE INDEX audit_events_by_kind ON audit_events (kind, at);
    CREATE INDEX audit_events_by_project ON audit_events (project_id, at);
    CREATE INDEX audit_events_by_target ON audit_events (target_id, at);
  `,
};

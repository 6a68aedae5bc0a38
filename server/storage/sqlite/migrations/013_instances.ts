// Several instances on one store (docs/deployment.md). Jobs get a lease: the instance that runs one holds
// it until `lease_expires_at` and renews it while it runs; `lease_version` counts claims, so that a writer
// that lost its lease is refused (ports/jobLeases.ts). Existing jobs start with a free lease.
// change_log carries the notices of the live feeds between instances (ports/changeLog.ts): AUTOINCREMENT,
// so that a revision is never handed out twice, even after the newest entries were pruned.
// login_failures counts failed sign-ins for every instance alike (ports/loginAttempts.ts).
import type { Migration } from './migration';

export const migration: Migration = {
  version: 13,
  name: 'instances',
  sql: `
    ALTER TABLE mt_jobs ADD COLUMN lease_owner TEXT;
    ALTER TABLE mt_jobs ADD COLUMN lease_version INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE mt_jobs ADD COLUMN lease_expires_at TEXT;
    ALTER TABLE tm_import_jobs ADD COLUMN lease_owner TEXT;
    ALTER TABLE tm_import_jobs ADD COLUMN lease_version INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE tm_import_jobs ADD COLUMN lease_expires_at TEXT;

    CREATE TABLE change_log (
      revision INTEGER PRIMARY KEY AUTOINCREMENT,
      topic    TEXT NOT NULL,
      origin   TEXT NOT NULL,
      payload  TEXT NOT NULL,              -- JSON
      at       TEXT NOT NULL
    );
    CREATE INDEX change_log_by_time ON change_log (at);

    CREATE TABLE login_failures (
      id  INTEGER PRIMARY KEY,
      key TEXT NOT NULL,                    -- account:<e-mail> or ip:<address>
      at  TEXT NOT NULL
    );
    CREATE INDEX login_failures_by_key ON login_failures (key, at);
    CREATE INDEX login_failures_by_time ON login_failures (at);
  `,
};

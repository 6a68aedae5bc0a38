// Several instances on one store (docs/deployment.md). Jobs get a lease: the instance that runs one holds
// it until `lease_expires_at` and renews it while it runs; `lease_version` counts claims, so that a writer
// that lost its lease is refused (ports/jobLeases.ts). Existing jobs start with a free lease.
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
  `,
};

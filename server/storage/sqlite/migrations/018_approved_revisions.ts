// A revision number per project's approved segments, raised whenever a segment enters or leaves the
// approved state or an approved one is written: what a cache of approved twins compares
// (commands/qa/approvedTwins.ts) instead of looking them up on every save. Kept by triggers, so no
// write path can forget it. A save of a segment that is not approved and does not become so (most
// saves) only evaluates the triggers' conditions.
import type { Migration } from './migration';

const RAISE = (projectId: string) =>
  `INSERT INTO approved_revisions (project_id, revision) VALUES (${projectId}, 1) ON CONFLICT (project_id) DO UPDATE SET revision = revision + 1;`;

export const migration: Migration = {
  version: 18,
  name: 'approved_revisions',
  sql: `
    CREATE TABLE approved_revisions (
      project_id TEXT PRIMARY KEY,
      revision   INTEGER NOT NULL
    );
    CREATE TRIGGER approved_revision_on_insert AFTER INSERT ON segments WHEN NEW.state = 'approved'
    BEGIN
      ${RAISE('NEW.project_id')}
    END;
    CREATE TRIGGER approved_revision_on_update AFTER UPDATE ON segments WHEN OLD.state = 'approved' OR NEW.state = 'approved'
    BEGIN
      ${RAISE('NEW.project_id')}
    END;
    CREATE TRIGGER approved_revision_on_delete AFTER DELETE ON segments WHEN OLD.state = 'approved'
    BEGIN
      ${RAISE('OLD.project_id')}
    END;
  `,
};

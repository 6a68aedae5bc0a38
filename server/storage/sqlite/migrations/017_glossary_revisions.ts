// A revision number per project's glossary, raised by every write of one of its terms: what a cache
// of the terms compares (commands/glossary/projectTerms.ts) instead of reading every term again on every
// save. Kept by triggers, so no write path can forget it.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 17,
  name: 'glossary_revisions',
  sql: `
    CREATE TABLE glossary_revisions (
      project_id TEXT PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
      revision   INTEGER NOT NULL
    );
    CREATE TRIGGER glossary_revision_on_insert AFTER INSERT ON glossary_terms
    BEGIN
      INSERT INTO glossary_revisions (project_id, revision) VALUES (NEW.project_id, 1)
        ON CONFLICT (project_id) DO UPDATE SET revision = revision + 1;
    END;
    CREATE TRIGGER glossary_revision_on_update AFTER UPDATE ON glossary_terms
    BEGIN
      INSERT INTO glossary_revisions (project_id, revision) VALUES (NEW.project_id, 1)
        ON CONFLICT (project_id) DO UPDATE SET revision = revision + 1;
    END;
    CREATE TRIGGER glossary_revision_on_delete AFTER DELETE ON glossary_terms
    BEGIN
      INSERT INTO glossary_revisions (project_id, revision) VALUES (OLD.project_id, 1)
        ON CONFLICT (project_id) DO UPDATE SET revision = revision + 1;
    END;
  `,
};

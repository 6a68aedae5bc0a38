// Project glossaries: terms (forbidden variants as JSON text, read and written whole; `seq` keeps the
// order of terms written together, e.g. by an import) and each project's DeepL glossary state.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 6,
  name: 'glossary',
  sql: `
    CREATE TABLE glossary_terms (
      seq            INTEGER PRIMARY KEY AUTOINCREMENT,
      id             TEXT NOT NULL UNIQUE,
      project_id     TEXT NOT NULL REFERENCES projects (id),
      de             TEXT NOT NULL,
      pl             TEXT NOT NULL,
      note           TEXT,
      part_of_speech TEXT,
      case_sensitive INTEGER NOT NULL,      -- 0 | 1
      forbidden      TEXT NOT NULL,         -- JSON string[]
      status         TEXT NOT NULL,         -- approved | proposed
      compound       INTEGER NOT NULL,      -- 0 | 1
      version        INTEGER NOT NULL,
      created_by     TEXT NOT NULL,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL
    );
    CREATE INDEX glossary_terms_by_project ON glossary_terms (project_id, created_at);

    CREATE TABLE deepl_glossaries (
      project_id        TEXT PRIMARY KEY REFERENCES projects (id),
      deepl_glossary_id TEXT,
      synced_hash       TEXT NOT NULL,
      synced_at         TEXT NOT NULL
    );
  `,
};

// MT accounting (issue 15): characters sent to DeepL besides those billed in its answers, per job and per
// document, and what a running job is doing (waiting for an answer, or waiting to retry). Rows from before
// this migration count what was billed as sent: nothing else is known about them.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 11,
  name: 'mt_accounting',
  sql: `
    ALTER TABLE mt_jobs ADD COLUMN sent_characters INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE mt_jobs ADD COLUMN phase TEXT;
    ALTER TABLE mt_jobs ADD COLUMN attempt INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE mt_jobs ADD COLUMN waiting_since TEXT;
    ALTER TABLE mt_jobs ADD COLUMN retry_at TEXT;
    ALTER TABLE mt_jobs ADD COLUMN last_error_code TEXT;
    ALTER TABLE mt_jobs ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;
    UPDATE mt_jobs SET sent_characters = billed_characters;
    ALTER TABLE documents ADD COLUMN sent_characters INTEGER NOT NULL DEFAULT 0;
    UPDATE documents SET sent_characters = billed_characters;
  `,
};

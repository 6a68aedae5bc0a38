// A segment remembers its id in the file it was submitted in (an XLIFF unit id), so a file that comes
// back can be matched to it. NULL for formats without ids and for every segment stored before.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 12,
  name: 'segment_external_ids',
  sql: `
    ALTER TABLE segments ADD COLUMN external_id TEXT;
  `,
};

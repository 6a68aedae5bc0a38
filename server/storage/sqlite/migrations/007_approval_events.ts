// Approvals per day (the coordinator's chart) read the events that moved a segment into `approved`
// within a window of days: an index by target state and time keeps that from scanning all history.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 7,
  name: 'approval_events',
  sql: `
    CREATE INDEX segment_events_by_to_state ON segment_events (to_state, at);
  `,
};

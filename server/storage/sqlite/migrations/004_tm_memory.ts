// The translation memory as a synchronised, organisation-wide store:
// - `tm_units.revision`: store-wide and strictly increasing, given by triggers to every inserted or
//   changed unit, whoever writes it (alignment confirmation, approvals, TMX import). In-memory TM
//   indexes fetch `revision > last seen` to catch up (commands/tm/tmService.ts). The counter lives in
//   `tm_revision` and is bumped inside the writing transaction, so revisions commit in order.
// - `tm_units.context`: JSON {"prev", "next"} of a segment unit's neighbouring sources (in-context
//   matches); NULL when unknown.
// - one unit per approved segment: a unique index on (origin, origin_id) for origin 'segment'.
// - `documents.analysis`: the TM analysis made at submission, JSON.
import type { Migration } from './migration';

export const migration: Migration = {
  version: 4,
  name: 'tm_memory',
  sql: `
    ALTER TABLE tm_units ADD COLUMN context TEXT;
    ALTER TABLE tm_units ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
    UPDATE tm_units SET revision = seq;

    CREATE TABLE tm_revision (
      id    INTEGER PRIMARY KEY CHECK (id = 1),
      value INTEGER NOT NULL
    );
    INSERT INTO tm_revision (id, value) VALUES (1, COALESCE((SELECT MAX(seq) FROM tm_units), 0));

    CREATE TRIGGER tm_units_revision_on_insert AFTER INSERT ON tm_units
    BEGIN
      UPDATE tm_revision SET value = value + 1 WHERE id = 1;
      UPDATE tm_units SET revision = (SELECT value FROM tm_revision WHERE id = 1) WHERE seq = NEW.seq;
    END;
    -- Setting revision itself does not fire this (not in the column list), so it cannot recurse.
    CREATE TRIGGER tm_units_revision_on_update
    AFTER UPDATE OF project_id, source, target, origin, origin_id, context ON tm_units
    BEGIN
      UPDATE tm_revision SET value = value + 1 WHERE id = 1;
      UPDATE tm_units SET revision = (SELECT value FROM tm_revision WHERE id = 1) WHERE seq = NEW.seq;
    END;

    CREATE INDEX tm_units_by_revision ON tm_units (revision);
    CREATE UNIQUE INDEX tm_units_by_segment ON tm_units (origin_id) WHERE origin = 'segment';

    ALTER TABLE documents ADD COLUMN analysis TEXT;
  `,
};

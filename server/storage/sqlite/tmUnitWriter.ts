// The tm_units row, and the one insert every unit goes through: the repository (tmUnits.ts), its bulk
// operations (tmUnitBulk.ts) and alignments.confirm (alignments.ts) share it, so every column and
// trigger a unit needs applies to every unit.
import type { TmUnit } from '../../domain/tm/types';
import type { Db } from './database';

export interface TmUnitRow {
  seq: number;
  id: string;
  project_id: string;
  source: string;
  target: string;
  origin: string;
  origin_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  /** JSON {"prev", "next"}, NULL when the unit's context is unknown (migration 004). */
  context: string | null;
  /** Store-wide, strictly increasing on every insert or change (triggers of migration 004). */
  revision: number;
}

export interface UnitContext {
  prev: string | null;
  next: string | null;
}

/** The context column of a unit: NULL unless both neighbours are known (null or a text). */
export const contextOf = (unit: TmUnit): string | null =>
  unit.prevSource === undefined || unit.nextSource === undefined ? null : JSON.stringify({ prev: unit.prevSource, next: unit.nextSource } satisfies UnitContext);

/** The insert shared with alignments.confirm (alignments.ts); prepared once per store. */
export interface TmUnitWriter {
  insertUnit(unit: TmUnit): void;
}

export function createTmUnitWriter(db: Db): TmUnitWriter {
  const insert = db.prepare(
    `INSERT INTO tm_units (id, project_id, source, target, origin, origin_id, created_by, created_at, updated_at, context)
     VALUES (@id, @projectId, @source, @target, @origin, @originId, @createdBy, @createdAt, @updatedAt, @context)`,
  );
  return {
    insertUnit: (unit) =>
      void insert.run({
        id: unit.id,
        projectId: unit.projectId,
        source: unit.source,
        target: unit.target,
        origin: unit.origin,
        originId: unit.originId,
        createdBy: unit.createdBy,
        createdAt: unit.createdAt,
        updatedAt: unit.updatedAt,
        context: contextOf(unit),
      }),
  };
}

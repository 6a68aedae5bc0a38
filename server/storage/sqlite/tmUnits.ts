import type { TmUnit, TmUnitOrigin } from '../../domain/types';
import type { TmUnitRepository } from '../../ports/repositories';
import type { Db } from './database';

interface TmUnitRow {
  id: string;
  project_id: string;
  source: string;
  target: string;
  origin: string;
  origin_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

const toTmUnit = (row: TmUnitRow): TmUnit => ({
  id: row.id,
  projectId: row.project_id,
  source: row.source,
  target: row.target,
  origin: row.origin as TmUnitOrigin,
  originId: row.origin_id,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The insert shared with alignments.confirm (alignments.ts); prepared once per store. */
export interface TmUnitWriter {
  insertUnit(unit: TmUnit): void;
}

export function createTmUnitWriter(db: Db): TmUnitWriter {
  const insert = db.prepare(
    `INSERT INTO tm_units (id, project_id, source, target, origin, origin_id, created_by, created_at, updated_at)
     VALUES (@id, @projectId, @source, @target, @origin, @originId, @createdBy, @createdAt, @updatedAt)`,
  );
  return { insertUnit: (unit) => void insert.run(unit) };
}

export function createTmUnitRepository(db: Db): TmUnitRepository {
  const page = db.prepare<[string, number, number], TmUnitRow>(
    'SELECT * FROM tm_units WHERE project_id = ? ORDER BY created_at, seq LIMIT ? OFFSET ?',
  );
  const count = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM tm_units WHERE project_id = ?');
  // Items and total from one snapshot.
  const pageTx = db.transaction((projectId: string, offset: number, limit: number) => ({
    rows: page.all(projectId, limit, offset),
    total: count.get(projectId)?.n ?? 0,
  }));

  return {
    async listByProject(projectId, offset, limit) {
      const { rows, total } = pageTx(projectId, offset, limit);
      return { items: rows.map(toTmUnit), total };
    },
    async countByProject(projectId) {
      return count.get(projectId)?.n ?? 0;
    },
  };
}

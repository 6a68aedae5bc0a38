// The translation memory's bulk operations (TMX import and export), kept apart from tmUnits.ts: inserting
// batches through the shared unit writer (so every column and trigger a unit needs applies to imported
// units too) and reading a whole memory page by page with a cursor over (created_at, seq).
import { InvalidInput, NotFound } from '../../domain/errors';
import type { TmUnit, TmUnitOrigin } from '../../domain/tm/types';
import type { TmUnitRepository } from '../../ports/repositories';
import type { Db } from './database';
import { toDomainError, writeTransaction } from './shared';
import type { TmUnitRow, TmUnitWriter } from './tmUnitWriter';

/** A unit row as the scan reads it: every column but the revision (the context may be absent). */
type ScannedRow = Omit<TmUnitRow, 'revision' | 'context'> & { context?: string | null };

const toUnit = (row: ScannedRow): TmUnit => {
  const unit: TmUnit = {
    id: row.id,
    projectId: row.project_id,
    source: row.source,
    target: row.target,
    origin: row.origin as TmUnitOrigin,
    originId: row.origin_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (typeof row.context === 'string') {
    const { prev, next } = JSON.parse(row.context) as { prev: string | null; next: string | null };
    Object.assign(unit, { prevSource: prev, nextSource: next });
  }
  return unit;
};

/** `<seq>:<created_at>` of the last unit of a page. */
const cursorOf = (row: ScannedRow): string => `${row.seq}:${row.created_at}`;

function parseCursor(cursor: string): { seq: number; createdAt: string } {
  const m = /^(\d{1,15}):(.+)$/.exec(cursor);
  if (!m) throw new InvalidInput(`invalid cursor "${cursor}"`);
  return { seq: Number(m[1]), createdAt: m[2] };
}

export type TmUnitBulk = Pick<TmUnitRepository, 'insertMany' | 'scanByProject'>;

export function createTmUnitBulk(db: Db, writer: TmUnitWriter): TmUnitBulk {
  const exists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM tm_units WHERE id = ?').pluck();
  const insertTx = writeTransaction(db, (units: readonly TmUnit[]): number => {
    let added = 0;
    for (const unit of units) {
      if (exists.get(unit.id) !== undefined) continue;
      writer.insertUnit(unit);
      added++;
    }
    return added;
  });
  const first = db.prepare<[string, number], ScannedRow>(
    'SELECT * FROM tm_units WHERE project_id = ? ORDER BY created_at, seq LIMIT ?',
  );
  // After a cursor: the rest of its created_at, then later ones. Two index searches, each as cheap deep
  // into a memory as at its start (a row-value `(created_at, seq) > (?, ?)` would scan all units of that
  // created_at up to the cursor, and an import gives all its units one created_at).
  const sameTimeAfter = db.prepare<[string, string, number, number], ScannedRow>(
    'SELECT * FROM tm_units WHERE project_id = ? AND created_at = ? AND seq > ? ORDER BY seq LIMIT ?',
  );
  const laterTime = db.prepare<[string, string, number], ScannedRow>(
    'SELECT * FROM tm_units WHERE project_id = ? AND created_at > ? ORDER BY created_at, seq LIMIT ?',
  );
  const afterTx = db.transaction((projectId: string, createdAt: string, seq: number, limit: number): ScannedRow[] => {
    const rows = sameTimeAfter.all(projectId, createdAt, seq, limit);
    return rows.length < limit ? rows.concat(laterTime.all(projectId, createdAt, limit - rows.length)) : rows;
  });

  return {
    async insertMany(units) {
      if (units.length === 0) return 0;
      try {
        return insertTx(units);
      } catch (error) {
        throw toDomainError(error, () => new NotFound('project', units[0].projectId));
      }
    },
    async scanByProject(projectId, cursor, limit) {
      const take = Math.max(0, Math.trunc(limit));
      if (take === 0) return { items: [], next: cursor };
      let rows: ScannedRow[];
      if (cursor === null) rows = first.all(projectId, take);
      else {
        const { seq, createdAt } = parseCursor(cursor);
        rows = afterTx(projectId, createdAt, seq, take);
      }
      return { items: rows.map(toUnit), next: rows.length < take ? null : cursorOf(rows[rows.length - 1]) };
    },
  };
}

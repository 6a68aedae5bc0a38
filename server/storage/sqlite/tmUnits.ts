import type { TmUnit, TmUnitOrigin } from '../../domain/tm/types';
import { InvalidInput, NotFound } from '../../domain/errors';
import type { TmUnitChange, TmUnitRepository } from '../../ports/repositories';
import type { Db } from './database';
import { createTmUnitBulk } from './tmUnitBulk';
import { jsonList, toDomainError, writeTransaction } from './shared';
import { contextOf, createTmUnitWriter, type TmUnitRow, type TmUnitWriter, type UnitContext } from './tmUnitWriter';

const fromContext = (context: string | null): Pick<TmUnit, 'prevSource' | 'nextSource'> => {
  if (context === null) return {};
  const { prev, next } = JSON.parse(context) as UnitContext;
  return { prevSource: prev, nextSource: next };
};

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
  ...fromContext(row.context),
});

const toChange = (row: TmUnitRow): TmUnitChange => ({ unit: toTmUnit(row), revision: row.revision });

export function createTmUnitRepository(db: Db, writer: TmUnitWriter = createTmUnitWriter(db)): TmUnitRepository {
  const bySegment = db.prepare<[string], TmUnitRow>(`SELECT * FROM tm_units WHERE origin = 'segment' AND origin_id = ?`);
  const bySeq = db.prepare<[number], TmUnitRow>('SELECT * FROM tm_units WHERE seq = ?');
  const byId = db.prepare<[string], TmUnitRow>('SELECT * FROM tm_units WHERE id = ?');
  const replace = db.prepare<[string, string, string | null, string, number]>(
    'UPDATE tm_units SET source = ?, target = ?, context = ?, updated_at = ? WHERE seq = ?',
  );
  const changedAll = db.prepare<[number, number], TmUnitRow>('SELECT * FROM tm_units WHERE revision > ? ORDER BY revision LIMIT ?');
  const changedIn = db.prepare<[number, string, number], TmUnitRow>(
    'SELECT * FROM tm_units WHERE revision > ? AND project_id IN (SELECT value FROM json_each(?)) ORDER BY revision LIMIT ?',
  );
  // The revision triggers run inside this transaction: the unit and its revision commit together.
  const upsertTx = writeTransaction(db, (unit: TmUnit): TmUnitChange => {
    const stored = bySegment.get(unit.originId!);
    const context = contextOf(unit);
    if (!stored) {
      writer.insertUnit(unit);
      return toChange(byId.get(unit.id)!);
    }
    if (stored.project_id !== unit.projectId) throw new InvalidInput(`segment ${unit.originId} belongs to another project`);
    if (stored.source === unit.source && stored.target === unit.target && stored.context === context) return toChange(stored);
    replace.run(unit.source, unit.target, context, unit.updatedAt, stored.seq);
    return toChange(bySeq.get(stored.seq)!);
  });
  const identity = db.prepare<[], { value: string }>('SELECT value FROM store_identity WHERE id = 1');
  const highestRevision = db.prepare<[], { value: number }>('SELECT value FROM tm_revision WHERE id = 1');
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
    // TMX import and export (tmUnitBulk.ts).
    ...createTmUnitBulk(db, writer),
    async listByProject(projectId, offset, limit) {
      const { rows, total } = pageTx(projectId, offset, limit);
      return { items: rows.map(toTmUnit), total };
    },
    async countByProject(projectId) {
      return count.get(projectId)?.n ?? 0;
    },
    async upsertForOrigin(unit) {
      if (unit.origin !== 'segment' || unit.originId === null) throw new InvalidInput('only segment units are stored by origin');
      try {
        return upsertTx(unit);
      } catch (error) {
        throw toDomainError(error, () => new NotFound('project', unit.projectId));
      }
    },
    async listChangedSince(projectIds, revision, limit) {
      const take = Math.max(0, Math.trunc(limit));
      if (take === 0 || (projectIds !== null && projectIds.length === 0)) return [];
      const rows = projectIds === null ? changedAll.all(revision, take) : changedIn.all(revision, jsonList(projectIds), take);
      return rows.map(toChange);
    },
    async revisionState() {
      return { storeId: identity.get()!.value, revision: highestRevision.get()?.value ?? 0 };
    },
  };
}

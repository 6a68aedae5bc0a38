// The translation memory's bulk operations (TMX import and export), used by MongoTmUnitRepository:
// inserting a batch in one transaction with `seq` (and revision) numbers from the shared counter, and
// reading a whole memory page by page with a cursor over (createdAt, seq).
import type { Model } from 'mongoose';
import { InvalidInput, NotFound } from '../../../domain/errors';
import type { TmUnit } from '../../../domain/tm/types';
import type { TmUnitScanPage } from '../../../ports/tmImportJobRepository';
import { guard } from '../errors';
import type { CounterDoc } from '../schemas/counters';
import type { ProjectDoc } from '../schemas/projects';
import { fromTmUnitDoc, toTmUnitDoc, type TmUnitDoc } from '../schemas/tmUnits';
import { TM_UNIT_SEQUENCE } from './alignmentRepository';
import { reserveSequence } from './shared';

/** Inserts the units whose ids are not stored yet, in order, in one transaction; returns how many. */
export async function insertTmUnits(units: Model<TmUnitDoc>, counters: Model<CounterDoc>, batch: readonly TmUnit[]): Promise<number> {
  if (batch.length === 0) return 0;
  return guard('tm unit', async () => {
    const projects = units.db.model('Project') as Model<ProjectDoc>;
    for (const projectId of new Set(batch.map((unit) => unit.projectId))) {
      if (!(await projects.exists({ _id: projectId }).exec())) throw new NotFound('project', projectId);
    }
    const stored = await units
      .find({ _id: { $in: batch.map((unit) => unit.id) } }, { _id: 1 })
      .lean<Pick<TmUnitDoc, '_id'>[]>()
      .exec();
    const seen = new Set(stored.map((doc) => doc._id));
    const fresh = batch.filter((unit) => !seen.has(unit.id) && (seen.add(unit.id), true));
    if (fresh.length === 0) return 0;
    const firstSeq = await reserveSequence(counters, TM_UNIT_SEQUENCE, fresh.length);
    const docs = fresh.map((unit, i) => toTmUnitDoc(unit, firstSeq + i));
    await units.db.transaction(async (session) => {
      await units.insertMany(docs, { session, ordered: true });
    });
    return fresh.length;
  });
}

/** `<seq>:<createdAt ISO>` of the last unit of a page. */
const cursorOf = (doc: TmUnitDoc): string => `${doc.seq}:${doc.createdAt.toISOString()}`;

function parseCursor(cursor: string): { seq: number; createdAt: Date } {
  const m = /^(\d{1,15}):(.+)$/.exec(cursor);
  const createdAt = m ? new Date(m[2]) : null;
  if (!m || !createdAt || Number.isNaN(createdAt.getTime())) throw new InvalidInput(`invalid cursor "${cursor}"`);
  return { seq: Number(m[1]), createdAt };
}

/** A page of the project's units in (createdAt, seq) order after the cursor. */
export async function scanTmUnits(units: Model<TmUnitDoc>, projectId: string, cursor: string | null, limit: number): Promise<TmUnitScanPage<TmUnit>> {
  const take = Math.max(0, Math.trunc(limit));
  if (take === 0) return { items: [], next: cursor };
  const page = (filter: Record<string, unknown>, count: number) =>
    units.find(filter).sort({ createdAt: 1, seq: 1 }).limit(count).lean<TmUnitDoc[]>().exec();
  let docs: TmUnitDoc[];
  if (cursor === null) docs = await page({ projectId }, take);
  else {
    // The rest of the cursor's createdAt, then later ones: two index ranges on (projectId, createdAt, seq).
    const { seq, createdAt } = parseCursor(cursor);
    docs = await page({ projectId, createdAt, seq: { $gt: seq } }, take);
    if (docs.length < take) docs = docs.concat(await page({ projectId, createdAt: { $gt: createdAt } }, take - docs.length));
  }
  return { items: docs.map(fromTmUnitDoc), next: docs.length < take ? null : cursorOf(docs[docs.length - 1]) };
}

import { randomInt } from 'node:crypto';
import type { Model } from 'mongoose';
import { InvalidInput } from '../../../domain/errors';
import type { TmUnit } from '../../../domain/tm/types';
import type { TmUnitChange, TmUnitRepository } from '../../../ports/repositories';
import type { TmUnitScanPage } from '../../../ports/tmImportJobRepository';
import { duplicateKey, guard } from '../errors';
import type { CounterDoc } from '../schemas/counters';
import { contextFields, fromTmUnitDoc, toTmUnitDoc, type TmUnitDoc } from '../schemas/tmUnits';
import { TM_UNIT_SEQUENCE } from './alignmentRepository';
import { reserveSequence } from './shared';
import { insertTmUnits, scanTmUnits } from './tmUnitBulk';

/** The counter document holding the store's identity. */
const STORE_IDENTITY = 'storeIdentity';

const toChange = (doc: TmUnitDoc): TmUnitChange => ({ unit: fromTmUnitDoc(doc), revision: doc.revision ?? doc.seq });

const sameContent = (doc: TmUnitDoc, unit: TmUnit): boolean =>
  doc.source === unit.source && doc.target === unit.target && doc.prevSource === unit.prevSource && doc.nextSource === unit.nextSource;

/** Units stored before revisions existed get their seq as revision (a no-op once done). */
export async function backfillTmUnitRevisions(units: Model<TmUnitDoc>): Promise<void> {
  await units.updateMany({ revision: { $exists: false } }, [{ $set: { revision: '$seq' } }]).exec();
}

export class MongoTmUnitRepository implements TmUnitRepository {
  /** `counters` hands out revisions; without it, the Counter model of the units' connection is used. */
  constructor(
    private readonly units: Model<TmUnitDoc>,
    private readonly counters?: Model<CounterDoc>,
  ) {}

  async listByProject(projectId: string, offset: number, limit: number): Promise<{ items: TmUnit[]; total: number }> {
    const skip = Math.max(0, Math.trunc(offset));
    const take = Math.max(0, Math.trunc(limit));
    const [docs, total] = await Promise.all([
      // limit(0) would mean "no limit" to MongoDB; an empty page is asked for explicitly.
      take === 0
        ? Promise.resolve([] as TmUnitDoc[])
        : this.units.find({ projectId }).sort({ createdAt: 1, seq: 1 }).skip(skip).limit(take).lean<TmUnitDoc[]>().exec(),
      this.units.countDocuments({ projectId }).exec(),
    ]);
    return { items: docs.map(fromTmUnitDoc), total };
  }

  async countByProject(projectId: string): Promise<number> {
    return this.units.countDocuments({ projectId }).exec();
  }

  /**
   * Reads the stored unit; if the pair or its context changed, takes a fresh revision from the counter
   * and writes — only over an older revision, so two racing writers end with the content of the newer
   * revision, the one readers saw last. A lost first insert (another instance inserted the same
   * segment's unit meanwhile) is retried as an update.
   */
  async upsertForOrigin(unit: TmUnit): Promise<TmUnitChange> {
    if (unit.origin !== 'segment' || unit.originId === null) throw new InvalidInput('only segment units are stored by origin');
    return guard('tm unit', async () => {
      for (let attempt = 0; ; attempt++) {
        const stored = await this.units.findOne({ origin: 'segment', originId: unit.originId }).lean<TmUnitDoc>().exec();
        if (stored && stored.projectId !== unit.projectId) throw new InvalidInput(`segment ${unit.originId} belongs to another project`);
        if (stored && sameContent(stored, unit)) return toChange(stored);
        const revision = await reserveSequence(this.counterModel(), TM_UNIT_SEQUENCE, 1);
        if (!stored) {
          try {
            const doc = toTmUnitDoc(unit, revision);
            await this.units.create(doc);
            return toChange(doc);
          } catch (error) {
            if (attempt === 0 && duplicateKey(error)) continue;
            throw error;
          }
        }
        const context = contextFields(unit);
        const unset = Object.fromEntries((['prevSource', 'nextSource'] as const).filter((key) => !(key in context)).map((key) => [key, 1]));
        const updated = await this.units
          .findOneAndUpdate(
            { _id: stored._id, revision: { $lt: revision } },
            {
              $set: { source: unit.source, target: unit.target, updatedAt: new Date(unit.updatedAt), revision, ...context },
              ...(Object.keys(unset).length > 0 ? { $unset: unset } : {}),
            },
            { new: true, runValidators: true },
          )
          .lean<TmUnitDoc>()
          .exec();
        if (updated) return toChange(updated);
        // A newer revision was written meanwhile: it stands.
        const current = await this.units.findById(stored._id).lean<TmUnitDoc>().exec();
        if (current) return toChange(current);
      }
    });
  }

  async listChangedSince(projectIds: readonly string[] | null, revision: number, limit: number): Promise<TmUnitChange[]> {
    const take = Math.max(0, Math.trunc(limit));
    if (take === 0 || (projectIds !== null && projectIds.length === 0)) return [];
    const filter = { revision: { $gt: revision }, ...(projectIds === null ? {} : { projectId: { $in: [...projectIds] } }) };
    const docs = await this.units.find(filter).sort({ revision: 1 }).limit(take).lean<TmUnitDoc[]>().exec();
    return docs.map(toChange);
  }

  /**
   * The store's identity, like SQLite's `store_identity` (migration 014): a counter document whose number
   * is drawn at random by the first instance that asks; the highest revision is the revision counter's.
   */
  async revisionState(): Promise<{ storeId: string; revision: number }> {
    const counters = this.counterModel();
    let identity: CounterDoc | null = null;
    for (let attempt = 0; identity === null; attempt++) {
      try {
        identity = await counters
          .findOneAndUpdate({ _id: STORE_IDENTITY }, { $setOnInsert: { seq: randomInt(1, 2 ** 47) } }, { upsert: true, new: true })
          .lean<CounterDoc>()
          .exec();
      } catch (error) {
        // Two first-ever upserts may race on the same _id; the loser reads the winner's.
        if (attempt > 0 || !duplicateKey(error)) throw error;
      }
    }
    const revisions = await counters.findById(TM_UNIT_SEQUENCE).lean<CounterDoc>().exec();
    return { storeId: `mongo-${identity.seq}`, revision: revisions?.seq ?? 0 };
  }

  /** A TMX import batch (tmUnitBulk.ts). */
  async insertMany(units: readonly TmUnit[]): Promise<number> {
    return insertTmUnits(this.units, this.counterModel(), units);
  }

  /** The TMX export's pages (tmUnitBulk.ts). */
  async scanByProject(projectId: string, after: string | null, limit: number): Promise<TmUnitScanPage<TmUnit>> {
    return scanTmUnits(this.units, projectId, after, limit);
  }

  private counterModel(): Model<CounterDoc> {
    return this.counters ?? (this.units.db.model('Counter') as Model<CounterDoc>);
  }
}

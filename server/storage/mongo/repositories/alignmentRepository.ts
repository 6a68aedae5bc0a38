import type { ClientSession, Connection } from 'mongoose';
import { NotFound, VersionConflict } from '../../../domain/errors';
import type { Alignment } from '../../../domain/alignment/types';
import type { TmUnit } from '../../../domain/tm/types';
import type { AlignmentRepository } from '../../../ports/repositories';
import { guard } from '../errors';
import type { MongoModels } from '../models';
import { fromAlignmentDoc, toAlignmentDoc, type AlignmentDoc } from '../schemas/alignments';
import { toTmUnitDoc } from '../schemas/tmUnits';
import { reserveSequence } from './shared';

export const TM_UNIT_SEQUENCE = 'tmUnits';

/** What an update may change: everything but the key, the project and the creation. */
function changesOf(alignment: Alignment) {
  const { _id, projectId: _p, createdBy: _b, createdAt: _a, ...fields } = toAlignmentDoc(alignment);
  return { _id, fields };
}

export class MongoAlignmentRepository implements AlignmentRepository {
  constructor(
    private readonly connection: Connection,
    private readonly models: Pick<MongoModels, 'Project' | 'Alignment' | 'TmUnit' | 'Counter'>,
  ) {}

  /** Throws NotFound when the project does not exist (there are no foreign keys to do it). */
  async create(alignment: Alignment): Promise<void> {
    await guard('alignment', async () => {
      if (!(await this.models.Project.exists({ _id: alignment.projectId }).exec())) throw new NotFound('project', alignment.projectId);
      await this.models.Alignment.create(toAlignmentDoc(alignment));
    });
  }

  async findById(id: string): Promise<Alignment | null> {
    const doc = await this.models.Alignment.findById(id).lean<AlignmentDoc>().exec();
    return doc ? fromAlignmentDoc(doc) : null;
  }

  async update(alignment: Alignment, expectedVersion: number): Promise<void> {
    const { _id, fields } = changesOf(alignment);
    await guard('alignment', async () => {
      const result = await this.models.Alignment.updateOne({ _id, version: expectedVersion }, { $set: fields }, { runValidators: true }).exec();
      if (result.matchedCount === 0) await this.throwLostUpdate(null, _id, expectedVersion);
    });
  }

  async listByProject(projectId: string): Promise<Alignment[]> {
    const docs = await this.models.Alignment.find({ projectId }).sort({ createdAt: 1, _id: 1 }).lean<AlignmentDoc[]>().exec();
    return docs.map(fromAlignmentDoc);
  }

  async confirm(alignment: Alignment, expectedVersion: number, units: readonly TmUnit[]): Promise<void> {
    const { Alignment: alignments, TmUnit: tmUnits, Counter } = this.models;
    const { _id, fields } = changesOf(alignment);
    await guard('alignment', async () => {
      const firstSeq = units.length > 0 ? await reserveSequence(Counter, TM_UNIT_SEQUENCE, units.length) : 0;
      const unitDocs = units.map((unit, i) => toTmUnitDoc(unit, firstSeq + i));
      await this.connection.transaction(async (session) => {
        const result = await alignments.updateOne({ _id, version: expectedVersion }, { $set: fields }, { session, runValidators: true }).exec();
        if (result.matchedCount === 0) await this.throwLostUpdate(session, _id, expectedVersion);
        if (unitDocs.length > 0) await tmUnits.insertMany(unitDocs, { session });
      });
    });
  }

  /** Explains why a compare-and-set matched nothing. Throwing inside a transaction aborts it. */
  private async throwLostUpdate(session: ClientSession | null, id: string, expectedVersion: number): Promise<never> {
    const stored = await this.models.Alignment.findById(id, { version: 1 })
      .session(session)
      .lean<Pick<AlignmentDoc, '_id' | 'version'>>()
      .exec();
    if (!stored) throw new NotFound('alignment', id);
    throw new VersionConflict(id, expectedVersion, stored.version);
  }
}

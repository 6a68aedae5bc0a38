import type { Model } from 'mongoose';
import type { TmUnit } from '../../../domain/types';
import type { TmUnitRepository } from '../../../ports/repositories';
import { fromTmUnitDoc, type TmUnitDoc } from '../schemas/tmUnits';

export class MongoTmUnitRepository implements TmUnitRepository {
  constructor(private readonly units: Model<TmUnitDoc>) {}

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
}

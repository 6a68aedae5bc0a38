import type { FilterQuery, Model } from 'mongoose';
import type { AuditEntry } from '../../../domain/audit/types';
import type { AuditQuery, AuditRepository } from '../../../ports/auditRepository';
import { guard } from '../errors';
import type { CounterDoc } from '../schemas/counters';
import { fromAuditEventDoc, toAuditEventDoc, type AuditEventDoc } from '../schemas/auditEvents';
import { reserveSequence } from './shared';

export const AUDIT_SEQUENCE = 'auditEvents';

function filterOf(query: AuditQuery): FilterQuery<AuditEventDoc> {
  const at: { $gte?: Date; $lt?: Date } = {};
  if (query.from !== undefined) at.$gte = new Date(query.from);
  if (query.to !== undefined) at.$lt = new Date(query.to);
  return {
    ...(query.actorId !== undefined ? { actorId: query.actorId } : {}),
    ...(query.kinds !== undefined ? { kind: { $in: [...query.kinds] } } : {}),
    ...(query.projectId !== undefined ? { projectId: query.projectId } : {}),
    ...(query.targetId !== undefined ? { targetId: query.targetId } : {}),
    ...(Object.keys(at).length > 0 ? { at } : {}),
  };
}

export class MongoAuditRepository implements AuditRepository {
  constructor(
    private readonly events: Model<AuditEventDoc>,
    private readonly counters: Model<CounterDoc>,
  ) {}

  async append(entry: AuditEntry): Promise<void> {
    await guard('audit_entry', async () => {
      const seq = await reserveSequence(this.counters, AUDIT_SEQUENCE, 1);
      await this.events.create(toAuditEventDoc(entry, seq));
    });
  }

  async list(query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
    const filter = filterOf(query);
    const [docs, total] = await Promise.all([
      this.events.find(filter).sort({ at: -1, seq: -1 }).skip(query.offset).limit(query.limit).lean<AuditEventDoc[]>().exec(),
      this.events.countDocuments(filter).exec(),
    ]);
    return { items: docs.map(fromAuditEventDoc), total };
  }
}

// auditEvents: the audit trail, append-only. `seq` (mongo-only) numbers entries in the order they were
// appended and breaks ties between equal times.
import { Schema } from 'mongoose';
import { AUDIT_KINDS, AUDIT_TARGET_TYPES, type AuditDetails, type AuditEntry, type AuditKind, type AuditTargetType } from '../../../domain/audit/types';
import { collectionOptions, fromDate, integer, orNull, toDate } from './common';

export interface AuditEventDoc {
  _id: string;
  at: Date;
  kind: AuditKind;
  actorId: string | null;
  ip: string | null;
  targetType: AuditTargetType | null;
  targetId: string | null;
  projectId: string | null;
  /** AuditDetails; typed loosely here because mongoose cannot infer through the recursive type. */
  details: Record<string, unknown>;
  seq: number;
}

export const auditEventSchema = new Schema<AuditEventDoc>(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    kind: { type: String, required: true, enum: AUDIT_KINDS },
    actorId: { type: String, default: null },
    ip: { type: String, default: null },
    targetType: { type: String, default: null, enum: [...AUDIT_TARGET_TYPES, null] },
    targetId: { type: String, default: null },
    projectId: { type: String, default: null },
    details: { type: Schema.Types.Mixed, required: true },
    seq: { type: Number, required: true, min: 1, validate: integer },
  },
  collectionOptions('auditEvents'),
);
auditEventSchema.index({ at: -1, seq: -1 });
auditEventSchema.index({ actorId: 1, at: -1 });
auditEventSchema.index({ kind: 1, at: -1 });
auditEventSchema.index({ projectId: 1, at: -1 });
auditEventSchema.index({ targetId: 1, at: -1 });

export const toAuditEventDoc = (entry: AuditEntry, seq: number): AuditEventDoc => ({
  _id: entry.id,
  at: toDate(entry.at),
  kind: entry.kind,
  actorId: entry.actorId,
  ip: entry.ip,
  targetType: entry.target?.type ?? null,
  targetId: entry.target?.id ?? null,
  projectId: entry.projectId,
  details: entry.details,
  seq,
});

export const fromAuditEventDoc = (doc: AuditEventDoc): AuditEntry => ({
  id: doc._id,
  at: fromDate(doc.at),
  kind: doc.kind,
  actorId: orNull(doc.actorId),
  ip: orNull(doc.ip),
  target: doc.targetType && doc.targetId ? { type: doc.targetType, id: doc.targetId } : null,
  projectId: orNull(doc.projectId),
  details: doc.details as AuditDetails,
});

// Appends an entry to the audit trail. Commands call it after what they record has succeeded; a
// failure to record fails the command (an action that cannot be traced is not done silently).
import type { AuditDetails, AuditKind, AuditTarget, RequestOrigin } from '../../domain/audit/types';
import { nowIso, type CommandContext } from '../context';

export interface AuditRecord {
  kind: AuditKind;
  /** The acting user's id; null for an anonymous request or the system. */
  actorId: string | null;
  origin: RequestOrigin;
  target?: AuditTarget | null;
  projectId?: string | null;
  details?: AuditDetails;
}

export async function recordAudit(ctx: Pick<CommandContext, 'store' | 'clock' | 'ids'>, record: AuditRecord): Promise<void> {
  await ctx.store.audit.append({
    id: ctx.ids.next(),
    at: nowIso(ctx),
    kind: record.kind,
    actorId: record.actorId,
    ip: record.origin.ip,
    target: record.target ?? null,
    projectId: record.projectId ?? null,
    details: record.details ?? {},
  });
}

// The audit trail (domain/audit/types.ts). Append-only: there is no way to change or remove an entry.
import type { AuditEntry, AuditKind } from '../domain/audit/types';

export interface AuditQuery {
  actorId?: string;
  kinds?: readonly AuditKind[];
  /** Entries at or after this time (ISO). */
  from?: string;
  /** Entries before this time (ISO). */
  to?: string;
  projectId?: string;
  /** The target's id (a document, a user …). */
  targetId?: string;
  offset: number;
  limit: number;
}

export interface AuditRepository {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first (entries of the same instant: the later appended first); `total` counts all matching. */
  list(query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }>;
}

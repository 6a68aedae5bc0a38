import type { AuditDetails, AuditEntry, AuditKind, AuditTargetType } from '../../domain/audit/types';
import type { AuditQuery, AuditRepository } from '../../ports/auditRepository';
import type { Db } from './database';
import { toDomainError } from './shared';

interface AuditRow {
  id: string;
  at: string;
  kind: string;
  actor_id: string | null;
  ip: string | null;
  target_type: string | null;
  target_id: string | null;
  project_id: string | null;
  details: string;
}

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  kind: row.kind as AuditKind,
  actorId: row.actor_id,
  ip: row.ip,
  target: row.target_type !== null && row.target_id !== null ? { type: row.target_type as AuditTargetType, id: row.target_id } : null,
  projectId: row.project_id,
  details: JSON.parse(row.details) as AuditDetails,
});

/** The WHERE clause and its parameters for a query's filters. */
function filters(query: AuditQuery): { where: string; params: Record<string, string> } {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  if (query.actorId !== undefined) {
    clauses.push('actor_id = @actorId');
    params.actorId = query.actorId;
  }
  if (query.kinds !== undefined) {
    clauses.push('kind IN (SELECT value FROM json_each(@kinds))');
    params.kinds = JSON.stringify(query.kinds);
  }
  if (query.from !== undefined) {
    clauses.push('at >= @from');
    params.from = query.from;
  }
  if (query.to !== undefined) {
    clauses.push('at < @to');
    params.to = query.to;
  }
  if (query.projectId !== undefined) {
    clauses.push('project_id = @projectId');
    params.projectId = query.projectId;
  }
  if (query.targetId !== undefined) {
    clauses.push('target_id = @targetId');
    params.targetId = query.targetId;
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function createAuditRepository(db: Db): AuditRepository {
  const insert = db.prepare(
    `INSERT INTO audit_events (id, at, kind, actor_id, ip, target_type, target_id, project_id, details)
     VALUES (@id, @at, @kind, @actorId, @ip, @targetType, @targetId, @projectId, @details)`,
  );

  return {
    async append(entry) {
      try {
        insert.run({
          id: entry.id,
          at: entry.at,
          kind: entry.kind,
          actorId: entry.actorId,
          ip: entry.ip,
          targetType: entry.target?.type ?? null,
          targetId: entry.target?.id ?? null,
          projectId: entry.projectId,
          details: JSON.stringify(entry.details),
        });
      } catch (error) {
        throw toDomainError(error);
      }
    },
    async list(query) {
      // The filters vary per call; these statements are cheap to prepare next to what they read.
      const { where, params } = filters(query);
      const total = db.prepare<Record<string, string>, { n: number }>(`SELECT COUNT(*) AS n FROM audit_events ${where}`).get(params)?.n ?? 0;
      const rows = db
        .prepare<Record<string, string | number>, AuditRow>(`SELECT * FROM audit_events ${where} ORDER BY at DESC, seq DESC LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit: query.limit, offset: query.offset });
      return { items: rows.map(toEntry), total };
    },
  };
}

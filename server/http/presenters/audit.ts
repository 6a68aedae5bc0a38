// The JSON shape of the audit trail (GET /api/audit). People are named with whether their account is
// still active, documents and projects with their title and name as they are now; addresses are shown
// to admins only.
import type { AuditPage } from '../../commands/audit/list';
import type { AuditEntry } from '../../domain/audit/types';

const personOf = (page: AuditPage, id: string) => {
  const user = page.users.get(id);
  return { id, name: user?.name ?? null, email: user?.email ?? null, active: user?.active ?? false };
};

function labelOf(page: AuditPage, entry: AuditEntry): string | null {
  const target = entry.target;
  if (!target) return null;
  if (target.type === 'user') return page.users.get(target.id)?.name ?? null;
  if (target.type === 'document') return page.documents.get(target.id) ?? null;
  if (target.type === 'project') return page.projects.get(target.id) ?? null;
  return null;
}

export const presentAuditEntry = (page: AuditPage, entry: AuditEntry) => ({
  id: entry.id,
  at: entry.at,
  kind: entry.kind,
  actor: entry.actorId ? personOf(page, entry.actorId) : null,
  ...(page.admin ? { ip: entry.ip } : {}),
  target: entry.target ? { type: entry.target.type, id: entry.target.id, label: labelOf(page, entry) } : null,
  project: entry.projectId ? { id: entry.projectId, name: page.projects.get(entry.projectId) ?? null } : null,
  details: entry.details,
});

export const presentAuditPage = (page: AuditPage, paging: { offset: number; limit: number }) => ({
  items: page.items.map((entry) => presentAuditEntry(page, entry)),
  total: page.total,
  offset: paging.offset,
  limit: paging.limit,
});

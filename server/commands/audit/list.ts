// Reading the audit trail. Admins read all of it. A project's coordinators read the entries of that
// project (settings and member changes, document and TMX exports, TMX and glossary imports), so they
// can see who exported which document and when; they must name the project (`projectId`).
import type { AuditEntry } from '../../domain/audit/types';
import { Forbidden } from '../../domain/errors';
import type { User } from '../../domain/users/types';
import type { AuditQuery } from '../../ports/auditRepository';
import { requireProjectRole } from '../../policies/projectAccess';
import type { CommandContext } from '../context';
import { loadProject } from '../projects/access';

export interface ListAuditProps {
  user: User;
  query: AuditQuery;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  /** The people, documents and projects the entries name, by id, for their names and titles. */
  users: Map<string, User>;
  documents: Map<string, string>;
  projects: Map<string, string>;
  /** Whether the reader is an admin (who also sees addresses). */
  admin: boolean;
}

async function namesOf(ctx: CommandContext, items: readonly AuditEntry[]): Promise<Pick<AuditPage, 'users' | 'documents' | 'projects'>> {
  const userIds = new Set<string>();
  const documentIds = new Set<string>();
  const projectIds = new Set<string>();
  for (const entry of items) {
    if (entry.actorId) userIds.add(entry.actorId);
    if (entry.target?.type === 'user') userIds.add(entry.target.id);
    if (entry.target?.type === 'document') documentIds.add(entry.target.id);
    if (entry.projectId) projectIds.add(entry.projectId);
  }
  const users = new Map((await ctx.store.users.findByIds([...userIds])).map((user) => [user.id, user]));
  const documents = new Map<string, string>();
  for (const id of documentIds) {
    const document = await ctx.store.documents.findById(id);
    if (document) documents.set(id, document.title);
  }
  const projects = new Map<string, string>();
  for (const id of projectIds) {
    const project = await ctx.store.projects.findById(id);
    if (project) projects.set(id, project.name);
  }
  return { users, documents, projects };
}

export async function listAudit(ctx: CommandContext, props: ListAuditProps): Promise<AuditPage> {
  const admin = props.user.roles.includes('admin');
  if (!admin) {
    if (props.query.projectId === undefined) throw new Forbidden('only admins may read the whole audit trail; coordinators name their project');
    const { project } = await loadProject(ctx, props.user, props.query.projectId);
    requireProjectRole(props.user, project, ['coordinator'], "read the project's audit trail");
  }
  const page = await ctx.store.audit.list(props.query);
  return { ...page, ...(await namesOf(ctx, page.items)), admin };
}

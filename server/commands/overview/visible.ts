// What the overview shows a user: the projects and documents they may see.
import type { DocumentRecord } from '../../domain/documents/types';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import { canSeeAllProjects } from '../../policies/projectAccess';
import type { CommandContext } from '../context';

/** The projects whose documents the user may see on the overview: all for admins and coordinators, else their own. */
export async function visibleProjects(ctx: CommandContext, user: User): Promise<Project[]> {
  return canSeeAllProjects(user) ? ctx.store.projects.list() : ctx.store.projects.listForMember(user.id);
}

/** Every document the user may see, oldest first. */
export async function visibleDocuments(ctx: CommandContext, user: User): Promise<DocumentRecord[]> {
  return ctx.store.documents.listByProjects((await visibleProjects(ctx, user)).map((p) => p.id));
}

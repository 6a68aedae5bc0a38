// The projects a user can see: all of them for admins and coordinators, otherwise those they belong to.
import type { Project, User } from '../domain/types';
import { canSeeAllProjects } from '../policies/projectAccess';
import type { CommandContext } from './context';
import { loadProject } from './projects/access';

export interface ListProjectsProps {
  user: User;
}

export async function listProjects(ctx: CommandContext, props: ListProjectsProps): Promise<Project[]> {
  return canSeeAllProjects(props.user) ? ctx.store.projects.list() : ctx.store.projects.listForMember(props.user.id);
}

export interface GetProjectProps {
  user: User;
  projectId: string;
}

/** NotFound when the project does not exist or the user cannot see it. */
export async function getProject(ctx: CommandContext, props: GetProjectProps): Promise<Project> {
  return (await loadProject(ctx, props.user, props.projectId)).project;
}

// The projects a user can see: all of them for admins and coordinators, otherwise those they belong to.
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import { canSeeAllProjects } from '../../policies/projectAccess';
import type { CommandContext } from '../context';

export interface ListProjectsProps {
  user: User;
}

export async function listProjects(ctx: CommandContext, props: ListProjectsProps): Promise<Project[]> {
  return canSeeAllProjects(props.user) ? ctx.store.projects.list() : ctx.store.projects.listForMember(props.user.id);
}

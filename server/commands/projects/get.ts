// One project, for the people who may see it.
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadProject } from './access';

export interface GetProjectProps {
  user: User;
  projectId: string;
}

/** NotFound when the project does not exist or the user cannot see it. */
export async function getProject(ctx: CommandContext, props: GetProjectProps): Promise<Project> {
  return (await loadProject(ctx, props.user, props.projectId)).project;
}

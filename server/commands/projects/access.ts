// Loading the project a command acts on, with visibility checked once.
import { NotFound } from '../../domain/errors';
import type { Project } from '../../domain/projects/types';
import type { Role, User } from '../../domain/users/types';
import { requireProjectAccess } from '../../policies/projectAccess';
import type { CommandContext } from '../context';

/** The project and the user's roles there; NotFound if it is missing or invisible. */
export async function loadProject(ctx: CommandContext, user: User, projectId: string): Promise<{ project: Project; roles: Role[] }> {
  const project = await ctx.store.projects.findById(projectId);
  if (!project) throw new NotFound('project', projectId);
  return { project, roles: requireProjectAccess(user, project) };
}

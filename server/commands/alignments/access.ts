// Loading an alignment with the checks every alignment command shares: NotFound when
// the user cannot see its project, Forbidden when they hold none of the roles that may align.
import { NotFound } from '../../domain/errors';
import type { Alignment } from '../../domain/alignment/types';
import type { Project } from '../../domain/projects/types';
import type { Role, User } from '../../domain/users/types';
import { requireProjectAccess, requireProjectRole } from '../../policies/projectAccess';
import type { CommandContext } from '../context';
import { loadProject } from '../projects/access';

/** Who may align, fix pairs and confirm: everyone working on the project's texts. */
export const ALIGNMENT_ROLES: readonly Role[] = ['editor', 'translator', 'reviewer', 'coordinator', 'admin'];

export interface AlignmentInProject {
  alignment: Alignment;
  project: Project;
  roles: Role[];
}

export async function loadAlignment(ctx: CommandContext, user: User, alignmentId: string): Promise<AlignmentInProject> {
  const alignment = await ctx.store.alignments.findById(alignmentId);
  const project = alignment ? await ctx.store.projects.findById(alignment.projectId) : null;
  if (!alignment || !project) throw new NotFound('alignment', alignmentId);
  try {
    requireProjectAccess(user, project);
  } catch (error) {
    if (error instanceof NotFound) throw new NotFound('alignment', alignmentId);
    throw error;
  }
  return { alignment, project, roles: requireProjectRole(user, project, ALIGNMENT_ROLES, 'align translations') };
}

/** The project, when the user may align in it. */
export async function loadAligningProject(ctx: CommandContext, user: User, projectId: string): Promise<Project> {
  const { project } = await loadProject(ctx, user, projectId);
  requireProjectRole(user, project, ALIGNMENT_ROLES, 'align translations');
  return project;
}

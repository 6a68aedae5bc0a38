// A project's glossary, for every member of the project.
import type { GlossaryTerm } from '../../domain/glossary/types';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadProject } from '../projects/access';

export async function listGlossary(ctx: CommandContext, user: User, projectId: string): Promise<{ project: Project; terms: GlossaryTerm[] }> {
  const { project } = await loadProject(ctx, user, projectId);
  return { project, terms: await ctx.store.glossary.listByProject(project.id) };
}

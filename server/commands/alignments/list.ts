// A project's alignments, for the people who may align in it.
import type { Alignment } from '../../domain/alignment/types';
import type { User } from '../../domain/users/types';
import { loadAligningProject } from './access';
import type { CommandContext } from '../context';

/** The project's alignments, oldest first. */
export async function listAlignments(ctx: CommandContext, user: User, projectId: string): Promise<Alignment[]> {
  const project = await loadAligningProject(ctx, user, projectId);
  return ctx.store.alignments.listByProject(project.id);
}

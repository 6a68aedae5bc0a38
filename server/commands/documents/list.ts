// A project's documents with their status, oldest first. The caller has checked that the user may see the project.
import type { Project } from '../../domain/projects/types';
import type { CommandContext } from '../context';
import { describeDocuments, type DocumentStatusView } from './status';

export async function projectDocuments(ctx: CommandContext, project: Project): Promise<DocumentStatusView[]> {
  return describeDocuments(ctx, await ctx.store.documents.listByProjects([project.id]));
}

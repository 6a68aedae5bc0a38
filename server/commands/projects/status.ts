// A project's summary for coordinators: progress over its documents, overdue ones, DeepL characters billed.
import { sumProgress, type Progress } from '../../domain/statistics/documentProgress';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import { requireProjectAccess } from '../../policies/projectAccess';
import type { CommandContext } from '../context';
import { projectDocuments } from '../documents/list';

export interface ProjectStatusView {
  progress: Progress;
  documents: number;
  overdueDocuments: number;
  billedCharacters: number;
  sentCharacters: number;
}

export async function projectStatus(ctx: CommandContext, user: User, project: Project): Promise<ProjectStatusView> {
  requireProjectAccess(user, project);
  const views = await projectDocuments(ctx, project);
  return {
    progress: sumProgress(views.map((v) => v.progress)),
    documents: views.length,
    overdueDocuments: views.filter((v) => v.progress.overdue).length,
    billedCharacters: views.reduce((sum, v) => sum + v.document.billedCharacters, 0),
    sentCharacters: views.reduce((sum, v) => sum + v.document.sentCharacters, 0),
  };
}

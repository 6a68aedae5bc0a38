// The LQA settings a project uses, with the categories reviewers may choose (for the workspace and the
// settings screen); any member may read them.
import { lqaSettingsOf } from '../../domain/quality/settings';
import { activeCategories, typologyOf, type LqaCategory, type LqaTypology } from '../../domain/quality/typology';
import type { ProjectLqaSettings } from '../../domain/quality/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadProject } from '../projects/access';

export interface ProjectLqa {
  settings: ProjectLqaSettings;
  typology: LqaTypology;
  categories: LqaCategory[];
}

export async function projectLqa(ctx: CommandContext, user: User, projectId: string): Promise<ProjectLqa> {
  const { project } = await loadProject(ctx, user, projectId);
  const settings = lqaSettingsOf(project.settings);
  return { settings, typology: typologyOf(settings), categories: activeCategories(settings) };
}

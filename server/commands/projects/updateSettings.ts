// A project's admin or coordinator changes its settings (DeepL formality, self-approval, QA checks).
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import { requireProjectRole } from '../../policies/projectAccess';
import type { CommandContext } from '../context';
import { mergeSettings, type ProjectSettingsPatch } from './settings';
import { loadProject } from './access';

export interface UpdateProjectSettingsProps {
  user: User;
  projectId: string;
  settings: ProjectSettingsPatch;
}

export async function updateProjectSettings(ctx: CommandContext, props: UpdateProjectSettingsProps): Promise<Project> {
  const { project } = await loadProject(ctx, props.user, props.projectId);
  requireProjectRole(props.user, project, ['admin', 'coordinator'], 'change project settings');
  const updated: Project = { ...project, settings: mergeSettings(project.settings, props.settings) };
  await ctx.store.projects.update(updated);
  return updated;
}

// A project's admin or coordinator changes its settings (DeepL formality, self-approval, QA checks).
import type { RequestOrigin } from '../../domain/audit/types';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import { requireProjectRole } from '../../policies/projectAccess';
import { recordAudit } from '../audit/record';
import type { CommandContext } from '../context';
import { mergeSettings, type ProjectSettingsPatch } from './settings';
import { loadProject } from './access';

export interface UpdateProjectSettingsProps {
  user: User;
  projectId: string;
  settings: ProjectSettingsPatch;
  origin: RequestOrigin;
}

export async function updateProjectSettings(ctx: CommandContext, props: UpdateProjectSettingsProps): Promise<Project> {
  const { project } = await loadProject(ctx, props.user, props.projectId);
  requireProjectRole(props.user, project, ['admin', 'coordinator'], 'change project settings');
  const updated: Project = { ...project, settings: mergeSettings(project.settings, props.settings) };
  await ctx.store.projects.update(updated);
  await recordAudit(ctx, {
    kind: 'project_settings_changed',
    actorId: props.user.id,
    origin: props.origin,
    target: { type: 'project', id: project.id },
    projectId: project.id,
    // What was asked for, as sent (JSON data: formality, flags, check ids, thresholds).
    details: { changes: JSON.parse(JSON.stringify(props.settings)) },
  });
  return updated;
}

// A project's own sentence rules: abbreviations and exceptions added to the built-in ones, edited as
// JSON (here), imported from SRX 2.0 (importSrx.ts) and exported, merged with the built-ins, as SRX for
// other CAT tools (readSegmentationRules.ts).
import { DEFAULT_RULES, mergeRules, type ProjectSegmentationRules } from '../../domain/segmentation/rules';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import { requireProjectRole } from '../../policies/projectAccess';
import type { CommandContext } from '../context';
import { loadProject } from './access';

export interface UpdateSegmentationRulesProps {
  user: User;
  projectId: string;
  rules: ProjectSegmentationRules;
}

/** Replaces the project's additions; mergeRules refuses a rule that cannot compile (invalid_segmentation_rule). */
export async function updateSegmentationRules(ctx: CommandContext, props: UpdateSegmentationRulesProps): Promise<Project> {
  const { project } = await loadProject(ctx, props.user, props.projectId);
  requireProjectRole(props.user, project, ['coordinator', 'admin'], 'change segmentation rules');
  mergeRules(DEFAULT_RULES, props.rules);
  const updated: Project = { ...project, settings: { ...project.settings, segmentation: props.rules } };
  await ctx.store.projects.update(updated);
  return updated;
}

// A project's own sentence rules: abbreviations and exceptions added to the built-in ones, edited as
// JSON or imported from SRX 2.0, and exported (merged with the built-ins) as SRX for other CAT tools.
import { DEFAULT_RULES, mergeRules, type ProjectSegmentationRules, type SegmentationRules } from '../domain/segmentation/rules';
import { exportSrx, importSrx } from '../domain/segmentation/srx';
import type { Project, User } from '../domain/types';
import { requireProjectRole } from '../policies/projectAccess';
import type { CommandContext } from './context';
import { loadProject } from './projects/access';

/** The rules documents of this project are segmented with. */
export const rulesOf = (project: Project): SegmentationRules => mergeRules(DEFAULT_RULES, project.settings.segmentation ?? {});

export async function readSegmentationRules(ctx: CommandContext, user: User, projectId: string) {
  const { project } = await loadProject(ctx, user, projectId);
  return { projectRules: project.settings.segmentation ?? {}, srx: () => exportSrx(rulesOf(project)) };
}

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

/** Takes an SRX 2.0 file's German and Polish rules as the project's additions (invalid_srx on a bad file). */
export async function importSegmentationSrx(ctx: CommandContext, props: { user: User; projectId: string; srx: string }): Promise<Project> {
  const imported = importSrx(props.srx);
  return updateSegmentationRules(ctx, { user: props.user, projectId: props.projectId, rules: imported });
}

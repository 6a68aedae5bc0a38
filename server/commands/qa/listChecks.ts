// The QA checks a project runs: every registered check with its default severity, whether the
// project switched it off, and the severity it uses there.
import { configuredChecks, type ConfiguredCheck } from '../../domain/qa/registry';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadProject } from '../projects/access';

/** Any member may read them; NotFound for a project the user cannot see. */
export async function projectQaChecks(ctx: CommandContext, user: User, projectId: string): Promise<ConfiguredCheck[]> {
  const { project } = await loadProject(ctx, user, projectId);
  return configuredChecks(project.settings.qa);
}

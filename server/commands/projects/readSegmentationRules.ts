// A project's own sentence rules as stored, and as SRX with the built-in ones merged in (for other CAT tools).
import { exportSrx } from '../../domain/segmentation/srx';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadProject } from './access';
import { rulesOf } from './settings';

export async function readSegmentationRules(ctx: CommandContext, user: User, projectId: string) {
  const { project } = await loadProject(ctx, user, projectId);
  return { projectRules: project.settings.segmentation ?? {}, srx: () => exportSrx(rulesOf(project)) };
}

// Importing an SRX 2.0 file as a project's own sentence rules.
import { importSrx } from '../../domain/segmentation/srx';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { updateSegmentationRules } from './updateSegmentationRules';

/** Takes an SRX 2.0 file's German and Polish rules as the project's additions (invalid_srx on a bad file). */
export async function importSegmentationSrx(ctx: CommandContext, props: { user: User; projectId: string; srx: string }): Promise<Project> {
  const imported = importSrx(props.srx);
  return updateSegmentationRules(ctx, { user: props.user, projectId: props.projectId, rules: imported });
}

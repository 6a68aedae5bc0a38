// Paging through a project's translation memory (units from confirmed alignments, and later from
// approved segments and TMX imports). Every member of the project may read it.
import type { TmUnit } from '../../domain/tm/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadProject } from '../projects/access';

export interface PageTmUnitsProps {
  user: User;
  projectId: string;
  offset: number;
  limit: number;
}

export async function pageTmUnits(ctx: CommandContext, props: PageTmUnitsProps): Promise<{ items: TmUnit[]; total: number }> {
  const { project } = await loadProject(ctx, props.user, props.projectId);
  return ctx.store.tmUnits.listByProject(project.id, props.offset, props.limit);
}

// A segment's LQA annotations, for anyone who may see its project.
import { lqaSettingsOf } from '../../domain/quality/settings';
import { typologyOf, type LqaTypology } from '../../domain/quality/typology';
import type { LqaAnnotation } from '../../domain/quality/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadSegment } from '../segments/access';

export async function listAnnotations(ctx: CommandContext, user: User, segmentId: string): Promise<{ items: LqaAnnotation[]; typology: LqaTypology }> {
  const { project } = await loadSegment(ctx, user, segmentId);
  return { items: await ctx.store.lqaAnnotations.listBySegment(segmentId), typology: typologyOf(lqaSettingsOf(project.settings)) };
}

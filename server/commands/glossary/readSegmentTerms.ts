// The glossary terms of one segment: where its source has them, whether its target uses their Polish
// form (in any case form), and which forbidden variants it uses. Every member of the project may read it.
import { segmentGlossary, type SegmentTermHit } from '../../domain/glossary/context';
import type { GlossaryTerm } from '../../domain/glossary/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadSegment } from '../segments/access';
import { projectTerms } from './projectTerms';

export async function readSegmentGlossary(ctx: CommandContext, user: User, segmentId: string): Promise<SegmentTermHit<GlossaryTerm>[]> {
  const { segment, project } = await loadSegment(ctx, user, segmentId);
  const terms = await projectTerms(ctx, project.id);
  return segmentGlossary(segment.source, segment.target, terms);
}

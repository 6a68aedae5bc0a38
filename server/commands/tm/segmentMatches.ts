// The translation-memory matches shown beside one segment.
import type { Project } from '../../domain/projects/types';
import type { Segment } from '../../domain/segments/types';
import { SegmentState } from '../../domain/workflow/states';
import type { CommandContext } from '../context';
import { tmServiceOf } from './tmServiceOf';
import { tmSettingsOf } from './settings';
import type { MemoryMatch } from './tmService';

/** How many matches a segment read shows. */
export const SEGMENT_MATCHES = 3;

/**
 * The best matches for a segment in its document's context, its own unit left out; none for a locked
 * segment. The caller has checked that the user may see the segment.
 */
export async function segmentTmMatches(ctx: CommandContext, segment: Segment, project?: Project): Promise<MemoryMatch[]> {
  if (segment.state === SegmentState.Locked) return [];
  const owner = project ?? (await ctx.store.projects.findById(segment.projectId));
  if (!owner) return [];
  const from = Math.max(0, segment.index - 1);
  const around = await ctx.store.segments.page({ documentId: segment.documentId, offset: from, limit: segment.index + 2 - from });
  const sourceAt = (index: number) => around.items.find((s) => s.index === index)?.source ?? null;
  const memory = await tmServiceOf(ctx).open(owner);
  return memory.lookup(segment.source, {
    minScore: tmSettingsOf(owner).threshold,
    limit: SEGMENT_MATCHES,
    prevSource: sourceAt(segment.index - 1),
    nextSource: sourceAt(segment.index + 1),
    excludeSegmentId: segment.id,
  });
}

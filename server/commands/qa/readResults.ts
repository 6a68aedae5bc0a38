// Reading the stored QA results of segments being shown.
import type { QaResult } from '../../domain/qa/results';
import type { Segment } from '../../domain/segments/types';
import type { CommandContext } from '../context';

/**
 * The stored results of segments the caller already may see (they come from a command that checked
 * access), by segment id.
 */
export async function qaResultsOf(ctx: CommandContext, segments: readonly Segment[]): Promise<Map<string, QaResult>> {
  const results = await ctx.store.qaResults.findBySegments(segments.map((segment) => segment.id));
  return new Map(results.map((result) => [result.segmentId, result]));
}

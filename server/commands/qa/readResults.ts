// Reading the stored QA results of segments being shown.
import type { QaResult } from '../../domain/qa/results';
import type { Segment } from '../../domain/segments/types';
import { inBatches } from '../../slices';
import type { CommandContext } from '../context';

/** Segments whose stored results one query reads: a whole large document's come in several reads (as its segments, a page each). */
const RESULTS_PER_READ = 1000;

/**
 * The stored results of segments the caller already may see (they come from a command that checked
 * access), by segment id.
 */
export async function qaResultsOf(ctx: Pick<CommandContext, 'store'>, segments: readonly Segment[]): Promise<Map<string, QaResult>> {
  const results = new Map<string, QaResult>();
  await inBatches(segments, RESULTS_PER_READ, async (batch) => {
    for (const result of await ctx.store.qaResults.findBySegments(batch.map((segment) => segment.id))) results.set(result.segmentId, result);
  });
  return results;
}

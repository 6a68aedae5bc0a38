// Writing many segment changes without holding the server: transactions of about five hundred changes
// with their QA results (some 15–25 ms of writing each), with the event loop turning before each. A returned XLIFF file of
// 10,000 units and the propagation of its confirmed targets to thousands of twins both write this way.
// Each group (the changes of one segment: an edit and its confirm) is written whole or not at all.
import { VersionConflict } from '../../domain/errors';
import type { SegmentChange } from '../../ports/repositories';
import { yieldToEventLoop } from '../../slices';
import type { CommandContext } from '../context';

/** Changes per transaction. */
export const CHANGES_PER_TRANSACTION = 500;

/**
 * Applies the groups in transactions of about CHANGES_PER_TRANSACTION changes. A transaction that lost
 * a version race (someone saved one of its segments meanwhile) is retried group by group, so the others
 * are still written; each group that lost goes to `onLost`. Returns the groups written, in order.
 */
export async function applyInSlices<G>(
  ctx: CommandContext,
  groups: readonly G[],
  changesOf: (group: G) => readonly SegmentChange[],
  onLost: (group: G) => Promise<void> | void = () => undefined,
): Promise<G[]> {
  const applied: G[] = [];
  for (let from = 0; from < groups.length; ) {
    let to = from;
    for (let changes = 0; to < groups.length && changes < CHANGES_PER_TRANSACTION; to++) changes += changesOf(groups[to]!).length;
    // Also before the first: the caller has usually just been busy planning these changes.
    await yieldToEventLoop();
    applied.push(...(await applyTogether(ctx, groups.slice(from, to), changesOf, onLost)));
    from = to;
  }
  return applied;
}

/** All groups in one transaction; after a lost race, each group alone. */
async function applyTogether<G>(ctx: CommandContext, groups: G[], changesOf: (group: G) => readonly SegmentChange[], onLost: (group: G) => Promise<void> | void): Promise<G[]> {
  if (groups.length === 0) return [];
  try {
    await ctx.store.segments.applyChanges(groups.flatMap(changesOf));
    return groups;
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
  }
  const applied: G[] = [];
  for (const group of groups) {
    try {
      await ctx.store.segments.applyChanges(changesOf(group));
      applied.push(group);
    } catch (error) {
      if (!(error instanceof VersionConflict)) throw error;
      await onLost(group);
    }
  }
  return applied;
}

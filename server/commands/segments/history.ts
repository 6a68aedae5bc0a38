// A segment's history (every event, with the name of who acted and whether their account is still
// active: a deactivated person's work stays, marked), for the people who may see its project; also of a
// segment a source revision removed from its document (its history is where it lives on).
import type { SegmentEvent } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { NotFound } from '../../domain/errors';
import { loadRemovedSegment, loadSegment } from './access';

export interface HistoryEntry extends SegmentEvent {
  actorName: string | null;
  /** Null for a system action or an account that no longer exists. */
  actorActive: boolean | null;
}

export async function segmentHistory(ctx: CommandContext, user: User, segmentId: string): Promise<HistoryEntry[]> {
  try {
    await loadSegment(ctx, user, segmentId);
  } catch (error) {
    if (!(error instanceof NotFound) || !(await loadRemovedSegment(ctx, user, segmentId))) throw error;
  }
  const events = await ctx.store.segments.history(segmentId);
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const actors = await ctx.store.users.findByIds(actorIds);
  return events.map((event) => {
    const actor = actors.find((a) => a.id === event.actorId);
    return { ...event, actorName: actor?.name ?? null, actorActive: actor?.active ?? null };
  });
}

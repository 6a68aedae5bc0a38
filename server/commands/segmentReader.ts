// Reading segments and their history, for the people who may see the project.
import type { Segment, SegmentEvent, User } from '../domain/types';
import type { SegmentState } from '../domain/workflow/states';
import type { CommandContext } from './context';
import { loadDocument, loadSegment } from './segmentAccess';

export interface SegmentPageProps {
  user: User;
  documentId: string;
  states?: SegmentState[];
  offset: number;
  limit: number;
}

export async function pageSegments(ctx: CommandContext, props: SegmentPageProps): Promise<{ items: Segment[]; total: number }> {
  await loadDocument(ctx, props.user, props.documentId);
  return ctx.store.segments.page({
    documentId: props.documentId,
    states: props.states,
    offset: props.offset,
    limit: props.limit,
  });
}

export interface HistoryEntry extends SegmentEvent {
  actorName: string | null;
}

export async function segmentHistory(ctx: CommandContext, user: User, segmentId: string): Promise<HistoryEntry[]> {
  await loadSegment(ctx, user, segmentId);
  const events = await ctx.store.segments.history(segmentId);
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const actors = await ctx.store.users.findByIds(actorIds);
  return events.map((event) => ({ ...event, actorName: actors.find((a) => a.id === event.actorId)?.name ?? null }));
}

export async function readSegment(ctx: CommandContext, user: User, segmentId: string): Promise<Segment> {
  return (await loadSegment(ctx, user, segmentId)).segment;
}

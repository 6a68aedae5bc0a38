// Every approved segment pair enters its project's translation memory: one unit per segment (origin
// 'segment', originId = the segment's id) with the sources of its neighbours for in-context matches.
// Approving again with another target updates that unit; approving the same pair again changes nothing.
import type { Segment } from '../../domain/segments/types';
import type { TmUnit } from '../../domain/tm/types';
import { SegmentState } from '../../domain/workflow/states';
import { filterInSlices, Slice } from '../../slices';
import { nowIso, type CommandContext } from '../context';

/** Neighbouring sources by segment id; null at the document's edges. */
async function neighboursOf(ctx: CommandContext, segments: readonly Segment[]): Promise<Map<string, { prev: string | null; next: string | null }>> {
  const result = new Map<string, { prev: string | null; next: string | null }>();
  const byDocument = new Map<string, Segment[]>();
  for (const segment of segments) {
    const ofDocument = byDocument.get(segment.documentId);
    if (ofDocument) ofDocument.push(segment);
    else byDocument.set(segment.documentId, [segment]);
  }
  for (const [documentId, wanted] of byDocument) {
    const sourceAt = new Map<number, string>();
    if (wanted.length > 3) {
      for (const s of await ctx.store.segments.listByDocument(documentId)) sourceAt.set(s.index, s.source);
    } else {
      for (const segment of wanted) {
        const from = Math.max(0, segment.index - 1);
        const page = await ctx.store.segments.page({ documentId, offset: from, limit: segment.index + 2 - from });
        for (const s of page.items) sourceAt.set(s.index, s.source);
      }
    }
    for (const segment of wanted) {
      result.set(segment.id, { prev: sourceAt.get(segment.index - 1) ?? null, next: sourceAt.get(segment.index + 1) ?? null });
    }
  }
  return result;
}

/**
 * Stores a unit for each approved segment among `segments` (others are ignored). The approvals are
 * already saved: a failure here is logged and does not undo them (the unit is written again the next
 * time the segment is approved).
 */
export async function rememberApprovedSegments(ctx: CommandContext, segments: readonly Segment[], actorId: string): Promise<void> {
  // A whole submitted document comes here: looked through and stored in slices.
  const approved = await filterInSlices(segments, (s) => s.state === SegmentState.Approved && s.target !== null && s.target.trim() !== '');
  if (approved.length === 0) return;
  try {
    const neighbours = await neighboursOf(ctx, approved);
    const at = nowIso(ctx);
    const slice = new Slice();
    for (const segment of approved) {
      if (slice.due()) await slice.next();
      const context = neighbours.get(segment.id)!;
      const unit: TmUnit = {
        id: ctx.ids.next(),
        projectId: segment.projectId,
        source: segment.source,
        target: segment.target!,
        origin: 'segment',
        originId: segment.id,
        createdBy: segment.reviewedBy ?? actorId,
        createdAt: at,
        updatedAt: at,
        prevSource: context.prev,
        nextSource: context.next,
      };
      await ctx.store.tmUnits.upsertForOrigin(unit);
    }
  } catch (error) {
    console.error('approved segments could not be stored in the translation memory:', error);
  }
}

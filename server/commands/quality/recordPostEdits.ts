// Measures and stores the post-edit distance of segments just confirmed or approved: from the proposal
// in their history (DeepL, a memory match with its band, or nothing) to their target now. Called by
// commands/segments/confirm.ts, approve.ts and approveMany.ts after the state change is saved; twins
// that received the text by propagation are not measured (nobody edited them). A bulk approval brings a
// whole document: measured in slices, the event loop turning between.
import { postEditDistance } from '../../domain/quality/editDistance';
import { proposalOf } from '../../domain/quality/postEdit';
import type { PostEditStage } from '../../domain/quality/types';
import type { Segment } from '../../domain/segments/types';
import { Slice } from '../../slices';
import { nowIso, type CommandContext } from '../context';

export async function recordPostEdits(ctx: CommandContext, segments: readonly Segment[], stage: PostEditStage, actorId: string): Promise<void> {
  const at = nowIso(ctx);
  const slice = new Slice();
  for (const segment of segments) {
    if (slice.due()) await slice.next();
    if (segment.target === null) continue;
    const proposal = proposalOf(await ctx.store.segments.history(segment.id));
    const { distance, ratio } = postEditDistance(proposal.text, segment.target);
    await ctx.store.postEdits.upsert({
      segmentId: segment.id,
      documentId: segment.documentId,
      projectId: segment.projectId,
      stage,
      origin: proposal.origin,
      band: proposal.band,
      translatorId: segment.translatedBy,
      actorId,
      distance,
      ratio,
      words: segment.wordCount,
      at,
    });
  }
}

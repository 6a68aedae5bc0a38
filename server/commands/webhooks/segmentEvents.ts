// The webhook events that segment changes cause: `segment.rejected` for each rejection, and the
// document events (domain/webhooks/documentEvents.ts) once a change completes a document's translation
// or approval. Commands call it after they stored the changes.
import { documentEventsAfter, mayCauseDocumentEvent } from '../../domain/webhooks/documentEvents';
import type { SegmentChange } from '../../ports/repositories';
import { emitWebhookEvent, type EmitContext } from './emit';

async function emitOrThrow(ctx: EmitContext, changes: readonly SegmentChange[]): Promise<void> {
  for (const { segment, event } of changes) {
    if (event.action !== 'reject') continue;
    await emitWebhookEvent(ctx, {
      event: 'segment.rejected',
      projectId: segment.projectId,
      documentId: segment.documentId,
      segmentId: segment.id,
      data: { reason: event.note, reviewerId: event.actorId, version: segment.version },
    });
  }
  const byDocument = new Map<string, SegmentChange[]>();
  for (const change of changes) {
    const ofDocument = byDocument.get(change.segment.documentId);
    if (ofDocument) ofDocument.push(change);
    else byDocument.set(change.segment.documentId, [change]);
  }
  for (const [documentId, ofDocument] of byDocument) {
    const moves = ofDocument.map(({ event }) => ({ fromState: event.fromState, toState: event.toState }));
    if (!mayCauseDocumentEvent(moves)) continue;
    const projectId = ofDocument[0].segment.projectId;
    // Reading the document's counts costs more than asking whether anyone listens.
    const [translated, approved] = await Promise.all([
      ctx.store.webhooks.listSubscribed(projectId, 'document.translated'),
      ctx.store.webhooks.listSubscribed(projectId, 'document.approved'),
    ]);
    if (translated.length === 0 && approved.length === 0) continue;
    const [summary] = await ctx.store.segments.summarize([documentId]);
    for (const name of documentEventsAfter(moves, summary.byState)) {
      const segments = Object.values(summary.byState).reduce((sum, tally) => sum + tally.segments, 0);
      await emitWebhookEvent(ctx, { event: name, projectId, documentId, data: { segments } });
    }
  }
}

/** Like emitWebhookEvent, never fails the command that stored the changes. */
export async function emitSegmentEvents(ctx: EmitContext, changes: readonly SegmentChange[]): Promise<void> {
  try {
    await emitOrThrow(ctx, changes);
  } catch (error) {
    console.error('webhooks: could not announce segment changes:', error);
  }
}

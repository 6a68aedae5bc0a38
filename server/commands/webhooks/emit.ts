// The one hook through which commands announce what happened to webhooks: emitWebhookEvent puts one
// delivery per subscribed, active webhook of the project into the outbox (the store) and wakes the
// dispatcher, which sends them in the background. The command has already succeeded when it emits, so
// a failure to enqueue is logged and does not undo or fail it.
import type { WebhookDelivery, WebhookEvent, WebhookEventBody } from '../../domain/webhooks/types';
import { nowIso, type CommandContext } from '../context';

export interface WebhookEventInput {
  event: WebhookEvent;
  projectId: string;
  documentId?: string;
  segmentId?: string;
  /** What receivers need beyond the ids: plain JSON. */
  data?: Record<string, unknown>;
}

export type EmitContext = Pick<CommandContext, 'store' | 'clock' | 'ids' | 'webhookDispatch'>;

/** Enqueues the event for every subscriber; returns the deliveries enqueued (none when nobody listens). */
export async function enqueueWebhookEvent(ctx: EmitContext, input: WebhookEventInput): Promise<WebhookDelivery[]> {
  const subscribers = await ctx.store.webhooks.listSubscribed(input.projectId, input.event);
  if (subscribers.length === 0) return [];
  const at = nowIso(ctx);
  const body: WebhookEventBody = {
    id: ctx.ids.next(),
    event: input.event,
    occurredAt: at,
    project: { id: input.projectId },
    ...(input.documentId !== undefined ? { document: { id: input.documentId } } : {}),
    ...(input.segmentId !== undefined ? { segment: { id: input.segmentId } } : {}),
    data: input.data ?? {},
  };
  const payload = JSON.stringify(body);
  const deliveries = subscribers.map(
    (webhook): WebhookDelivery => ({
      id: ctx.ids.next(),
      webhookId: webhook.id,
      projectId: input.projectId,
      event: input.event,
      payload,
      status: 'pending',
      nextAttemptAt: at,
      attempts: [],
      createdAt: at,
      windowStartedAt: at,
    }),
  );
  await ctx.store.webhooks.enqueue(deliveries);
  ctx.webhookDispatch?.wake();
  return deliveries;
}

/** What commands call: enqueue, and never fail the command for it. */
export async function emitWebhookEvent(ctx: EmitContext, input: WebhookEventInput): Promise<void> {
  try {
    await enqueueWebhookEvent(ctx, input);
  } catch (error) {
    console.error(`webhooks: could not enqueue ${input.event} of project ${input.projectId}:`, error);
  }
}

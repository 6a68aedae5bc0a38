// The JSON shape of webhooks and their deliveries. The secret never leaves the server after it was set.
import type { Webhook, WebhookDelivery, WebhookEventBody } from '../../domain/webhooks/types';

export const presentWebhook = (webhook: Webhook) => ({
  id: webhook.id,
  projectId: webhook.projectId,
  url: webhook.url,
  events: webhook.events,
  active: webhook.active,
  disabledReason: webhook.disabledReason,
  consecutiveFailures: webhook.consecutiveFailures,
  createdBy: webhook.createdBy,
  createdAt: webhook.createdAt,
  updatedAt: webhook.updatedAt,
});

export const presentDelivery = (delivery: WebhookDelivery) => ({
  id: delivery.id,
  webhookId: delivery.webhookId,
  event: delivery.event,
  status: delivery.status,
  createdAt: delivery.createdAt,
  nextAttemptAt: delivery.status === 'pending' ? delivery.nextAttemptAt : null,
  attempts: delivery.attempts,
  body: JSON.parse(delivery.payload) as WebhookEventBody,
});

export const presentDeliveryPage = (page: { items: WebhookDelivery[]; total: number }, offset: number, limit: number) => ({
  items: page.items.map(presentDelivery),
  total: page.total,
  offset,
  limit,
});

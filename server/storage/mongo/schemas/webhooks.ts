// webhooks and webhookDeliveries: a project's webhook endpoints and the durable outbox of their
// deliveries, each with its log of attempts. `seq` orders deliveries enqueued in the same instant.
import { Schema } from 'mongoose';
import { DELIVERY_STATUSES, WEBHOOK_EVENTS, type DeliveryAttempt, type DeliveryStatus, type Webhook, type WebhookDelivery, type WebhookEvent } from '../../../domain/webhooks/types';
import { collectionOptions, count, embeddedOptions, fromDate, toDate } from './common';

export interface WebhookDoc {
  _id: string;
  projectId: string;
  url: string;
  events: WebhookEvent[];
  secret: string;
  active: boolean;
  disabledReason: string | null;
  consecutiveFailures: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface DeliveryAttemptDoc {
  at: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface WebhookDeliveryDoc {
  _id: string;
  seq: number;
  webhookId: string;
  projectId: string;
  event: WebhookEvent;
  payload: string;
  status: DeliveryStatus;
  nextAttemptAt: Date;
  attempts: DeliveryAttemptDoc[];
  createdAt: Date;
  windowStartedAt: Date;
}

export const webhookSchema = new Schema<WebhookDoc>(
  {
    _id: { type: String, required: true },
    projectId: { type: String, required: true },
    url: { type: String, required: true },
    events: { type: [{ type: String, enum: WEBHOOK_EVENTS }], required: true },
    secret: { type: String, required: true },
    active: { type: Boolean, required: true },
    disabledReason: { type: String, default: null },
    consecutiveFailures: count(),
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  collectionOptions('webhooks'),
);
webhookSchema.index({ projectId: 1, createdAt: 1, _id: 1 });

const attemptSchema = new Schema<DeliveryAttemptDoc>(
  {
    at: { type: Date, required: true },
    statusCode: { type: Number, default: null },
    error: { type: String, default: null },
    durationMs: count(),
  },
  embeddedOptions,
);

export const webhookDeliverySchema = new Schema<WebhookDeliveryDoc>(
  {
    _id: { type: String, required: true },
    seq: count(),
    webhookId: { type: String, required: true },
    projectId: { type: String, required: true },
    event: { type: String, enum: WEBHOOK_EVENTS, required: true },
    payload: { type: String, required: true },
    status: { type: String, enum: DELIVERY_STATUSES, required: true },
    nextAttemptAt: { type: Date, required: true },
    attempts: { type: [attemptSchema], default: [] },
    createdAt: { type: Date, required: true },
    windowStartedAt: { type: Date, required: true },
  },
  collectionOptions('webhookDeliveries'),
);
webhookDeliverySchema.index({ status: 1, nextAttemptAt: 1 });
webhookDeliverySchema.index({ webhookId: 1, createdAt: -1, seq: -1 });

export const toWebhookDoc = (webhook: Webhook): WebhookDoc => ({
  _id: webhook.id,
  projectId: webhook.projectId,
  url: webhook.url,
  events: [...webhook.events],
  secret: webhook.secret,
  active: webhook.active,
  disabledReason: webhook.disabledReason,
  consecutiveFailures: webhook.consecutiveFailures,
  createdBy: webhook.createdBy,
  createdAt: toDate(webhook.createdAt),
  updatedAt: toDate(webhook.updatedAt),
});

export const fromWebhookDoc = (doc: WebhookDoc): Webhook => ({
  id: doc._id,
  projectId: doc.projectId,
  url: doc.url,
  events: [...doc.events],
  secret: doc.secret,
  active: doc.active,
  disabledReason: doc.disabledReason ?? null,
  consecutiveFailures: doc.consecutiveFailures,
  createdBy: doc.createdBy,
  createdAt: fromDate(doc.createdAt),
  updatedAt: fromDate(doc.updatedAt),
});

export const toAttemptDoc = (attempt: DeliveryAttempt): DeliveryAttemptDoc => ({ ...attempt, at: toDate(attempt.at) });

const fromAttemptDoc = (doc: DeliveryAttemptDoc): DeliveryAttempt => ({
  at: fromDate(doc.at),
  statusCode: doc.statusCode ?? null,
  error: doc.error ?? null,
  durationMs: doc.durationMs,
});

export const toWebhookDeliveryDoc = (delivery: WebhookDelivery, seq: number): WebhookDeliveryDoc => ({
  _id: delivery.id,
  seq,
  webhookId: delivery.webhookId,
  projectId: delivery.projectId,
  event: delivery.event,
  payload: delivery.payload,
  status: delivery.status,
  nextAttemptAt: toDate(delivery.nextAttemptAt),
  attempts: delivery.attempts.map(toAttemptDoc),
  createdAt: toDate(delivery.createdAt),
  windowStartedAt: toDate(delivery.windowStartedAt),
});

export const fromWebhookDeliveryDoc = (doc: WebhookDeliveryDoc): WebhookDelivery => ({
  id: doc._id,
  webhookId: doc.webhookId,
  projectId: doc.projectId,
  event: doc.event,
  payload: doc.payload,
  status: doc.status,
  nextAttemptAt: fromDate(doc.nextAttemptAt),
  attempts: (doc.attempts ?? []).map(fromAttemptDoc),
  createdAt: fromDate(doc.createdAt),
  windowStartedAt: fromDate(doc.windowStartedAt),
});

// Webhooks: endpoints a project registers to learn what happened in it, and the outbox of deliveries
// to them. Plain data: both stores return exactly these.
import type { Timestamp } from '../common';

/** What a webhook can subscribe to; a new event is added here, never renamed (receivers match on it). */
export const WEBHOOK_EVENTS = [
  'document.submitted',
  'document.revised',
  'mt.finished',
  'mt.failed',
  'document.translated',
  'document.approved',
  'segment.rejected',
  'tm.import.finished',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface Webhook {
  id: string;
  projectId: string;
  /** http(s) only; where it may point is checked again at every delivery (the SSRF guard). */
  url: string;
  events: WebhookEvent[];
  /** Signs every delivery (HMAC-SHA256); only ever shown to the person who set it. */
  secret: string;
  /** False when turned off by a coordinator or, after repeated failures, by the dispatcher. */
  active: boolean;
  /** Why it was turned off automatically (`repeated_failures`); null when active or turned off by hand. */
  disabledReason: string | null;
  /** Failed attempts since the last successful one, over all of its deliveries. */
  consecutiveFailures: number;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** What happened, once: the same event goes to every subscribed webhook of its project. */
export interface WebhookEventBody {
  /** The event's id: the same in every delivery of the event, and in a redelivery. */
  id: string;
  event: WebhookEvent;
  occurredAt: Timestamp;
  project: { id: string };
  document?: { id: string };
  segment?: { id: string };
  data: Record<string, unknown>;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
/** pending: waiting for its (next) attempt; delivered: a 2xx answer; failed: given up after the retry window. */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One try to deliver: the answer's status, or why there was none. */
export interface DeliveryAttempt {
  at: Timestamp;
  /** The receiver's HTTP status; null when no answer came (refused address, timeout, network error). */
  statusCode: number | null;
  /** A stable reason for a failure without an answer, or for a redirect not followed; null on a 2xx. */
  error: string | null;
  durationMs: number;
}

/** One event on its way to one webhook: the outbox entry. */
export interface WebhookDelivery {
  /** Sent as X-Nysa-Delivery: receivers de-duplicate by it (a retry or a redelivery keeps it). */
  id: string;
  webhookId: string;
  projectId: string;
  event: WebhookEvent;
  /** The exact JSON body sent, so every attempt signs and sends the same bytes. */
  payload: string;
  status: DeliveryStatus;
  /** When the next attempt is due (pending), or was last due. */
  nextAttemptAt: Timestamp;
  attempts: DeliveryAttempt[];
  createdAt: Timestamp;
  /** Start of the retry window: creation, or the last manual redelivery. */
  windowStartedAt: Timestamp;
}

/** A delivery's outcome, as the dispatcher writes it after an attempt. */
export interface DeliveryOutcome {
  attempt: DeliveryAttempt;
  status: DeliveryStatus;
  nextAttemptAt: Timestamp;
}

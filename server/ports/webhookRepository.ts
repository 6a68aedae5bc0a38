// Webhooks and their outbox (domain/webhooks/types.ts). Both adapters implement it and pass the
// contract in tests/storage/webhookContract.ts. The outbox is durable: a delivery stays pending across
// restarts until it is delivered or given up.
import type { DeliveryOutcome, Webhook, WebhookDelivery, WebhookEvent } from '../domain/webhooks/types';

export interface WebhookRepository {
  /** Throws NotFound (entity `project`) when the project does not exist. */
  create(webhook: Webhook): Promise<void>;
  findById(id: string): Promise<Webhook | null>;
  /** The project's webhooks, oldest first (ties by id). */
  listByProject(projectId: string): Promise<Webhook[]>;
  /** Active webhooks of the project subscribed to the event, oldest first. */
  listSubscribed(projectId: string, event: WebhookEvent): Promise<Webhook[]>;
  /** Replaces url, events, secret, active, disabledReason, consecutiveFailures and updatedAt. NotFound when missing. */
  update(webhook: Webhook): Promise<void>;
  /** Removes the webhook and its deliveries; returns whether it was there. */
  delete(id: string): Promise<boolean>;

  /** Adds deliveries to the outbox (status pending). */
  enqueue(deliveries: readonly WebhookDelivery[]): Promise<void>;
  findDelivery(id: string): Promise<WebhookDelivery | null>;
  /** A webhook's deliveries, newest first (ties: the later enqueued first); `total` counts all of them. */
  listDeliveries(webhookId: string, offset: number, limit: number): Promise<{ items: WebhookDelivery[]; total: number }>;
  /**
   * Takes up to `limit` pending deliveries of active webhooks due at `now` (ISO), oldest due first, and
   * moves their nextAttemptAt to `leaseUntil` in the same write, so no other claim takes them meanwhile
   * and a delivery whose attempt never finished (the process stopped) is due again after the lease.
   */
  claimDue(now: string, leaseUntil: string, limit: number): Promise<WebhookDelivery[]>;
  /** The earliest nextAttemptAt of a pending delivery of an active webhook, or null when there is none. */
  nextDueAt(): Promise<string | null>;
  /**
   * Appends the attempt to the delivery's log and sets its status and nextAttemptAt; in the same write
   * the webhook's consecutiveFailures is reset (a 2xx) or incremented. Returns the webhook as it is then
   * (null when it was deleted meanwhile: the outcome is dropped).
   */
  recordOutcome(deliveryId: string, outcome: DeliveryOutcome): Promise<Webhook | null>;
  /** Makes a delivery pending again, due at `at`, with a new retry window from `at`. NotFound when missing. */
  redeliver(id: string, at: string): Promise<WebhookDelivery>;
}

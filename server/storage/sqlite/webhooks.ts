import { NotFound } from '../../domain/errors';
import type { DeliveryAttempt, DeliveryStatus, Webhook, WebhookDelivery, WebhookEvent } from '../../domain/webhooks/types';
import type { WebhookRepository } from '../../ports/webhookRepository';
import type { Db } from './database';
import { toDomainError, writeTransaction } from './shared';

interface WebhookRow {
  id: string;
  project_id: string;
  url: string;
  events: string;
  secret: string;
  active: number;
  disabled_reason: string | null;
  consecutive_failures: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

interface DeliveryRow {
  id: string;
  webhook_id: string;
  project_id: string;
  event: string;
  payload: string;
  status: string;
  next_attempt_at: string;
  attempts: string;
  created_at: string;
  window_started_at: string;
}

const toWebhook = (row: WebhookRow): Webhook => ({
  id: row.id,
  projectId: row.project_id,
  url: row.url,
  events: JSON.parse(row.events) as WebhookEvent[],
  secret: row.secret,
  active: row.active === 1,
  disabledReason: row.disabled_reason,
  consecutiveFailures: row.consecutive_failures,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toDelivery = (row: DeliveryRow): WebhookDelivery => ({
  id: row.id,
  webhookId: row.webhook_id,
  projectId: row.project_id,
  event: row.event as WebhookEvent,
  payload: row.payload,
  status: row.status as DeliveryStatus,
  nextAttemptAt: row.next_attempt_at,
  attempts: JSON.parse(row.attempts) as DeliveryAttempt[],
  createdAt: row.created_at,
  windowStartedAt: row.window_started_at,
});

const webhookParams = (webhook: Webhook) => ({
  id: webhook.id,
  projectId: webhook.projectId,
  url: webhook.url,
  events: JSON.stringify(webhook.events),
  secret: webhook.secret,
  active: webhook.active ? 1 : 0,
  disabledReason: webhook.disabledReason,
  consecutiveFailures: webhook.consecutiveFailures,
  createdBy: webhook.createdBy,
  createdAt: webhook.createdAt,
  updatedAt: webhook.updatedAt,
});

/** Pending deliveries whose webhook is active. */
const PENDING_OF_ACTIVE = `d.status = 'pending' AND d.webhook_id IN (SELECT id FROM webhooks WHERE active = 1)`;

export function createWebhookRepository(db: Db): WebhookRepository {
  const insertWebhook = db.prepare(
    `INSERT INTO webhooks (id, project_id, url, events, secret, active, disabled_reason, consecutive_failures, created_by, created_at, updated_at)
     VALUES (@id, @projectId, @url, @events, @secret, @active, @disabledReason, @consecutiveFailures, @createdBy, @createdAt, @updatedAt)`,
  );
  const updateWebhook = db.prepare(
    `UPDATE webhooks SET url = @url, events = @events, secret = @secret, active = @active, disabled_reason = @disabledReason,
       consecutive_failures = @consecutiveFailures, updated_at = @updatedAt WHERE id = @id`,
  );
  const selectWebhook = db.prepare<[string], WebhookRow>('SELECT * FROM webhooks WHERE id = ?');
  const selectByProject = db.prepare<[string], WebhookRow>('SELECT * FROM webhooks WHERE project_id = ? ORDER BY created_at, id');
  const selectSubscribed = db.prepare<[string, string], WebhookRow>(
    `SELECT * FROM webhooks WHERE project_id = ? AND active = 1 AND EXISTS (SELECT 1 FROM json_each(events) WHERE value = ?) ORDER BY created_at, id`,
  );
  const deleteWebhook = db.prepare<[string]>('DELETE FROM webhooks WHERE id = ?');
  const insertDelivery = db.prepare(
    `INSERT INTO webhook_deliveries (id, webhook_id, project_id, event, payload, status, next_attempt_at, attempts, created_at, window_started_at)
     VALUES (@id, @webhookId, @projectId, @event, @payload, @status, @nextAttemptAt, @attempts, @createdAt, @windowStartedAt)`,
  );
  const selectDelivery = db.prepare<[string], DeliveryRow>('SELECT * FROM webhook_deliveries WHERE id = ?');
  const countDeliveries = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM webhook_deliveries WHERE webhook_id = ?');
  const pageDeliveries = db.prepare<[string, number, number], DeliveryRow>(
    'SELECT * FROM webhook_deliveries WHERE webhook_id = ? ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?',
  );
  const selectDue = db.prepare<[string, number], DeliveryRow>(
    `SELECT d.* FROM webhook_deliveries d WHERE ${PENDING_OF_ACTIVE} AND d.next_attempt_at <= ? ORDER BY d.next_attempt_at, d.seq LIMIT ?`,
  );
  const lease = db.prepare<[string, string]>('UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?');
  const selectNextDue = db.prepare<[], { at: string | null }>(`SELECT MIN(d.next_attempt_at) AS at FROM webhook_deliveries d WHERE ${PENDING_OF_ACTIVE}`);
  const writeOutcome = db.prepare<[string, string, string, string]>(
    'UPDATE webhook_deliveries SET attempts = ?, status = ?, next_attempt_at = ? WHERE id = ?',
  );
  const countFailure = db.prepare<[string]>('UPDATE webhooks SET consecutive_failures = consecutive_failures + 1 WHERE id = ?');
  const resetFailures = db.prepare<[string]>('UPDATE webhooks SET consecutive_failures = 0 WHERE id = ?');
  const restart = db.prepare<[string, string, string]>(
    "UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ?, window_started_at = ? WHERE id = ?",
  );

  const claim = writeTransaction(db, (now: string, leaseUntil: string, limit: number): WebhookDelivery[] => {
    const rows = selectDue.all(now, limit);
    for (const row of rows) lease.run(leaseUntil, row.id);
    return rows.map((row) => toDelivery({ ...row, next_attempt_at: leaseUntil }));
  });

  const record = writeTransaction(db, (deliveryId: string, outcome: Parameters<WebhookRepository['recordOutcome']>[1]): Webhook | null => {
    const row = selectDelivery.get(deliveryId);
    if (!row) return null;
    const attempts = [...(JSON.parse(row.attempts) as DeliveryAttempt[]), outcome.attempt];
    writeOutcome.run(JSON.stringify(attempts), outcome.status, outcome.nextAttemptAt, deliveryId);
    if (outcome.status === 'delivered') resetFailures.run(row.webhook_id);
    else countFailure.run(row.webhook_id);
    const webhook = selectWebhook.get(row.webhook_id);
    return webhook ? toWebhook(webhook) : null;
  });

  return {
    async create(webhook) {
      try {
        insertWebhook.run(webhookParams(webhook));
      } catch (error) {
        throw toDomainError(error, () => new NotFound('project', webhook.projectId));
      }
    },
    async findById(id) {
      const row = selectWebhook.get(id);
      return row ? toWebhook(row) : null;
    },
    async listByProject(projectId) {
      return selectByProject.all(projectId).map(toWebhook);
    },
    async listSubscribed(projectId, event) {
      return selectSubscribed.all(projectId, event).map(toWebhook);
    },
    async update(webhook) {
      if (updateWebhook.run(webhookParams(webhook)).changes === 0) throw new NotFound('webhook', webhook.id);
    },
    async delete(id) {
      return deleteWebhook.run(id).changes > 0;
    },
    async enqueue(deliveries) {
      try {
        writeTransaction(db, () => {
          for (const delivery of deliveries) insertDelivery.run({ ...delivery, attempts: JSON.stringify(delivery.attempts) });
        })();
      } catch (error) {
        throw toDomainError(error, () => new NotFound('webhook'));
      }
    },
    async findDelivery(id) {
      const row = selectDelivery.get(id);
      return row ? toDelivery(row) : null;
    },
    async listDeliveries(webhookId, offset, limit) {
      const total = countDeliveries.get(webhookId)?.n ?? 0;
      return { items: pageDeliveries.all(webhookId, limit, offset).map(toDelivery), total };
    },
    async claimDue(now, leaseUntil, limit) {
      return claim(now, leaseUntil, limit);
    },
    async nextDueAt() {
      return selectNextDue.get()?.at ?? null;
    },
    async recordOutcome(deliveryId, outcome) {
      return record(deliveryId, outcome);
    },
    async redeliver(id, at) {
      if (restart.run(at, at, id).changes === 0) throw new NotFound('webhook_delivery', id);
      return toDelivery(selectDelivery.get(id)!);
    },
  };
}

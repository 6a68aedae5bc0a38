// Sends the webhook outbox in the background. A pass claims due deliveries (leased in the store, so an
// attempt cut short by a restart is retried once the lease runs out), sends each signed, and records the
// outcome: delivered on a 2xx; otherwise retried with backoff and jitter (domain/webhooks/retry.ts) until
// its window of about a day has passed, then given up, and the webhook turned off (repeated failures).
// Requests never wait for it: commands only enqueue and wake it.
import { performance } from 'node:perf_hooks';
import { SYSTEM_ORIGIN } from '../../domain/audit/types';
import { DEFAULT_RETRY_POLICY, nextRetryAt, type RetryPolicy } from '../../domain/webhooks/retry';
import { DELIVERY_HEADER, EVENT_HEADER, signatureOf, SIGNATURE_HEADER } from '../../domain/webhooks/signature';
import type { DeliveryOutcome, Webhook, WebhookDelivery } from '../../domain/webhooks/types';
import type { WebhookSender } from '../../ports/webhookSender';
import { recordAudit } from '../audit/record';
import type { CommandContext, WebhookWaker } from '../context';

export interface WebhookDispatcherOptions {
  retry?: RetryPolicy;
  /** How long a claimed delivery is reserved beyond the attempt's timeout. */
  leaseMarginMs?: number;
  /** In [0, 1): the jitter's source. */
  random?: () => number;
}

/** Why the dispatcher turns a webhook off. */
export const DISABLED_AFTER_FAILURES = 'repeated_failures';

export const USER_AGENT = 'Nysa-Webhooks/1';

const isSuccess = (statusCode: number | null): boolean => statusCode !== null && statusCode >= 200 && statusCode < 300;

/** The headers of one attempt: signed at the moment of sending. */
export function deliveryHeaders(webhook: Webhook, delivery: WebhookDelivery, unixSeconds: number): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    [DELIVERY_HEADER.toLowerCase()]: delivery.id,
    [EVENT_HEADER.toLowerCase()]: delivery.event,
    [SIGNATURE_HEADER.toLowerCase()]: signatureOf(webhook.secret, unixSeconds, delivery.payload),
  };
}

type DispatchContext = Pick<CommandContext, 'store' | 'clock' | 'ids' | 'config'>;

export class WebhookDispatcher implements WebhookWaker {
  private readonly retry: RetryPolicy;
  private readonly leaseMarginMs: number;
  private readonly random: () => number;
  private readonly running = new Set<Promise<void>>();
  private passing: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly ctx: DispatchContext,
    private readonly sender: WebhookSender,
    options: WebhookDispatcherOptions = {},
  ) {
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.leaseMarginMs = options.leaseMarginMs ?? 30_000;
    this.random = options.random ?? Math.random;
  }

  /** Sends what is due now, and keeps a timer for what is due later (after a restart: the stored outbox). */
  start(): void {
    this.wake();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.passing) {
      this.again = true;
      return;
    }
    this.passing = this.pass()
      .catch((error: unknown) => console.error('webhooks: a dispatch pass failed:', error))
      .finally(() => {
      this.passing = null;
      if (this.again) {
        this.again = false;
        this.wake();
      } else if (this.running.size === 0) {
        this.notifyIdle();
      }
    });
  }

  /** Resolves when nothing due now is left to send and no attempt is running (tests, benchmarks). */
  idle(): Promise<void> {
    if (!this.passing && this.running.size === 0 && !this.again) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Claims nothing more; attempts under way finish (each is bounded by the timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.passing;
    await Promise.all([...this.running]);
    this.notifyIdle();
  }

  private notifyIdle(): void {
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private async pass(): Promise<void> {
    const { store } = this.ctx;
    const free = this.ctx.config.webhooks.concurrency - this.running.size;
    if (free > 0) {
      const now = this.ctx.clock.now();
      const leaseUntil = new Date(now.getTime() + this.ctx.config.webhooks.timeoutMs + this.leaseMarginMs).toISOString();
      const claimed = await store.webhooks.claimDue(now.toISOString(), leaseUntil, free);
      for (const delivery of claimed) this.track(this.attempt(delivery));
      if (claimed.length === free) this.again = true;
    }
    if (this.running.size === 0 && !this.again) await this.scheduleNext();
  }

  private track(attempt: Promise<void>): void {
    const tracked = attempt
      .catch((error: unknown) => console.error('webhooks: a delivery attempt failed unexpectedly:', error))
      .finally(() => {
        this.running.delete(tracked);
        this.wake();
      });
    this.running.add(tracked);
  }

  /** A timer for the earliest delivery due later; real time, so a test's fixed clock never fires it. */
  private async scheduleNext(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const next = await this.ctx.store.webhooks.nextDueAt();
    if (next === null || this.stopped) return;
    const wait = Math.min(Math.max(0, Date.parse(next) - this.ctx.clock.now().getTime()), 60 * 60 * 1000);
    this.timer = setTimeout(() => this.wake(), wait);
    this.timer.unref();
  }

  private async attempt(delivery: WebhookDelivery): Promise<void> {
    const webhook = await this.ctx.store.webhooks.findById(delivery.webhookId);
    if (!webhook || !webhook.active) return; // deleted or turned off meanwhile: its lease simply runs out
    const startedAt = this.ctx.clock.now();
    const started = performance.now();
    const response = await this.sender.send({
      url: webhook.url,
      headers: deliveryHeaders(webhook, delivery, Math.floor(startedAt.getTime() / 1000)),
      body: delivery.payload,
      timeoutMs: this.ctx.config.webhooks.timeoutMs,
    });
    const attempt = { at: startedAt.toISOString(), statusCode: response.statusCode, error: response.error, durationMs: Math.round(performance.now() - started) };
    const outcome = this.outcomeOf(delivery, attempt);
    const updated = await this.ctx.store.webhooks.recordOutcome(delivery.id, outcome);
    if (outcome.status === 'failed' && updated?.active) await this.disable(updated);
  }

  private outcomeOf(delivery: WebhookDelivery, attempt: DeliveryOutcome['attempt']): DeliveryOutcome {
    if (isSuccess(attempt.statusCode) && attempt.error === null) return { attempt, status: 'delivered', nextAttemptAt: attempt.at };
    const failures = delivery.attempts.filter((earlier) => earlier.at >= delivery.windowStartedAt).length + 1;
    const next = nextRetryAt(this.retry, failures, delivery.windowStartedAt, this.ctx.clock.now(), this.random());
    return next === null ? { attempt, status: 'failed', nextAttemptAt: attempt.at } : { attempt, status: 'pending', nextAttemptAt: next };
  }

  /** A delivery failed for its whole window: the receiver is gone; stop sending until someone turns it on again. */
  private async disable(webhook: Webhook): Promise<void> {
    const at = this.ctx.clock.now().toISOString();
    await this.ctx.store.webhooks.update({ ...webhook, active: false, disabledReason: DISABLED_AFTER_FAILURES, updatedAt: at });
    await recordAudit(this.ctx, {
      kind: 'webhook_changed',
      actorId: null,
      origin: SYSTEM_ORIGIN,
      target: { type: 'webhook', id: webhook.id },
      projectId: webhook.projectId,
      details: { change: 'disabled', reason: DISABLED_AFTER_FAILURES, consecutiveFailures: webhook.consecutiveFailures },
    });
  }
}

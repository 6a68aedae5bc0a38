// The webhook dispatcher (server/commands/webhooks/dispatcher.ts) over a real SQLite file and a fake
// sender, on a clock the test moves: the outbox survives a restart, an attempt cut short is retried
// after its lease, and a delivery failing for its whole window is given up and its webhook turned off.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CommandContext } from '../../../server/commands/context';
import { enqueueWebhookEvent } from '../../../server/commands/webhooks/emit';
import { WebhookDispatcher } from '../../../server/commands/webhooks/dispatcher';
import { loadConfig } from '../../../server/config';
import { uuidGenerator } from '../../../server/ports/ids';
import type { Store } from '../../../server/ports/repositories';
import type { WebhookRequest, WebhookResponse, WebhookSender } from '../../../server/ports/webhookSender';
import { createSqliteStore } from '../../../server/storage/sqlite';
import { buildProject, FIXED_NOW } from '../../support/builders';
import { buildWebhook } from '../../storage/webhookContract';

const HOUR = 3600_000;

class MovableClock {
  constructor(private at = Date.parse(FIXED_NOW)) {}
  now = () => new Date(this.at);
  advance(ms: number): void {
    this.at += ms;
  }
}

/** Answers every request with `status`, recording it. */
class FakeSender implements WebhookSender {
  readonly requests: WebhookRequest[] = [];
  constructor(public status: number | null = 204) {}
  async send(request: WebhookRequest): Promise<WebhookResponse> {
    this.requests.push(request);
    return { statusCode: this.status, error: this.status === null ? 'connection_failed' : null };
  }
}

describe('WebhookDispatcher', () => {
  let dir: string;
  let file: string;
  const stores: Store[] = [];
  let clock = new MovableClock();

  const open = (): Store => {
    const store = createSqliteStore({ file });
    stores.push(store);
    return store;
  };
  const contextOf = (store: Store): CommandContext =>
    ({ store, clock, ids: uuidGenerator, config: loadConfig({}) }) as unknown as CommandContext;

  beforeEach(() => {
    clock = new MovableClock();
    dir = mkdtempSync(path.join(os.tmpdir(), 'nysa-webhooks-'));
    file = path.join(dir, 'nysa.sqlite');
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A project with one webhook for document.approved, and one such event in the outbox. */
  const seed = async (store: Store) => {
    const project = buildProject({ id: 'project-1' });
    await store.projects.create(project);
    const webhook = buildWebhook({ id: 'webhook-1', projectId: project.id, createdAt: FIXED_NOW });
    await store.webhooks.create(webhook);
    const [delivery] = await enqueueWebhookEvent({ store, clock, ids: uuidGenerator }, { event: 'document.approved', projectId: project.id, documentId: 'document-1' });
    return { webhook, delivery };
  };

  test('a delivery enqueued before a restart is sent by the dispatcher of the next process', async () => {
    const before = open();
    const { delivery } = await seed(before);
    await before.close();

    const after = open();
    const sender = new FakeSender(204);
    const dispatcher = new WebhookDispatcher(contextOf(after), sender);
    dispatcher.start();
    await dispatcher.idle();
    await dispatcher.stop();

    expect(sender.requests.map((request) => [request.url, request.headers['x-nysa-delivery'], request.body])).toEqual([
      ['https://cms.example.org/nysa', delivery.id, delivery.payload],
    ]);
    expect((await after.webhooks.findDelivery(delivery.id))!.status).toBe('delivered');
  });

  test('an attempt cut short (claimed, never recorded) is sent again once its lease has run out, not before', async () => {
    const store = open();
    const { delivery } = await seed(store);
    const leaseUntil = new Date(clock.now().getTime() + 40_000).toISOString();
    await store.webhooks.claimDue(clock.now().toISOString(), leaseUntil, 10); // the process stops here

    const sender = new FakeSender(204);
    const dispatcher = new WebhookDispatcher(contextOf(store), sender);
    dispatcher.start();
    await dispatcher.idle();
    expect(sender.requests).toEqual([]);

    clock.advance(41_000);
    dispatcher.wake();
    await dispatcher.idle();
    await dispatcher.stop();
    expect(sender.requests.map((request) => request.headers['x-nysa-delivery'])).toEqual([delivery.id]);
  });

  test('a receiver failing for a whole day: retried with growing waits, then given up, the webhook disabled and audited', async () => {
    const store = open();
    const { webhook, delivery } = await seed(store);
    const sender = new FakeSender(503);
    const dispatcher = new WebhookDispatcher(contextOf(store), sender, { random: () => 0.5 });

    dispatcher.start();
    await dispatcher.idle();
    // Each time the next attempt is due, move the clock there and let the dispatcher run (bounded).
    for (let step = 0; step < 40; step++) {
      const current = (await store.webhooks.findDelivery(delivery.id))!;
      if (current.status !== 'pending') break;
      clock.advance(Date.parse(current.nextAttemptAt) - clock.now().getTime());
      dispatcher.wake();
      await dispatcher.idle();
    }
    await dispatcher.stop();

    const given = (await store.webhooks.findDelivery(delivery.id))!;
    expect(given.status).toBe('failed');
    expect(given.attempts).toHaveLength(16);
    expect(given.attempts.every((attempt) => attempt.statusCode === 503)).toBe(true);
    const waits = given.attempts.slice(1).map((attempt, i) => Date.parse(attempt.at) - Date.parse(given.attempts[i].at));
    expect(waits.slice(0, 4)).toEqual([22_500, 45_000, 90_000, 180_000]);
    expect(Math.max(...waits)).toBe(3 * HOUR);
    expect(Date.parse(given.attempts[15].at) - Date.parse(given.createdAt)).toBeLessThanOrEqual(24 * HOUR);

    expect(await store.webhooks.findById(webhook.id)).toMatchObject({ active: false, disabledReason: 'repeated_failures', consecutiveFailures: 16 });
    const audit = await store.audit.list({ kinds: ['webhook_changed'], offset: 0, limit: 5 });
    expect(audit.items.map((entry) => [entry.actorId, entry.target, entry.details])).toEqual([
      [null, { type: 'webhook', id: webhook.id }, { change: 'disabled', reason: 'repeated_failures', consecutiveFailures: 16 }],
    ]);
    // Off: a new event is not even enqueued for it.
    expect(await enqueueWebhookEvent({ store, clock, ids: uuidGenerator }, { event: 'document.approved', projectId: 'project-1' })).toEqual([]);
  });

  test('signs each attempt with the time of sending: t is in seconds, v1 over "<t>.<body>"', async () => {
    const store = open();
    await seed(store);
    const sender = new FakeSender(200);
    const dispatcher = new WebhookDispatcher(contextOf(store), sender);
    dispatcher.start();
    await dispatcher.idle();
    await dispatcher.stop();
    const [request] = sender.requests;
    expect(request.headers['x-nysa-signature']).toMatch(new RegExp(`^t=${Math.floor(clock.now().getTime() / 1000)},v1=[0-9a-f]{64}$`));
    expect(request.headers['user-agent']).toBe('Nysa-Webhooks/1');
    expect(request.timeoutMs).toBe(10_000);
  });
});

// The behaviour every WebhookRepository promises (server/ports/webhookRepository.ts): webhooks of a
// project and the durable outbox of their deliveries. sqlite.test.ts and mongo.test.ts call
// describeWebhookContract with a function that opens a fresh, empty store.
import { NotFound } from '../../server/domain/errors';
import type { DeliveryAttempt, Webhook, WebhookDelivery } from '../../server/domain/webhooks/types';
import type { Store } from '../../server/ports/repositories';
import { buildProject, FIXED_NOW, minutesAfterNow, nextId, resetBuilderIds } from '../support/builders';
import { rejectionOf } from '../support/rejection';

export function buildWebhook(overrides: Partial<Webhook> = {}): Webhook {
  return {
    id: nextId('webhook'),
    projectId: 'project-1',
    url: 'https://cms.example.org/nysa',
    events: ['document.approved'],
    secret: 'whsec-0123456789abcdef',
    active: true,
    disabledReason: null,
    consecutiveFailures: 0,
    createdBy: 'user-1',
    createdAt: FIXED_NOW,
    updatedAt: FIXED_NOW,
    ...overrides,
  };
}

export function buildDelivery(webhook: Webhook, overrides: Partial<WebhookDelivery> = {}): WebhookDelivery {
  const id = overrides.id ?? nextId('delivery');
  return {
    id,
    webhookId: webhook.id,
    projectId: webhook.projectId,
    event: 'document.approved',
    payload: JSON.stringify({ id: `event-${id}`, event: 'document.approved' }),
    status: 'pending',
    nextAttemptAt: FIXED_NOW,
    attempts: [],
    createdAt: FIXED_NOW,
    windowStartedAt: FIXED_NOW,
    ...overrides,
  };
}

const FAILED_ATTEMPT: DeliveryAttempt = { at: minutesAfterNow(1), statusCode: 500, error: null, durationMs: 12 };
const DELIVERED_ATTEMPT: DeliveryAttempt = { at: minutesAfterNow(2), statusCode: 204, error: null, durationMs: 3 };

export function describeWebhookContract(name: string, open: () => Promise<Store>): void {
  describe(`webhook store contract: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      resetBuilderIds();
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    /** A stored project and a stored webhook of it. */
    const seedWebhook = async (overrides: Partial<Webhook> = {}): Promise<Webhook> => {
      const project = buildProject();
      if (!(await store.projects.findById(overrides.projectId ?? project.id))) await store.projects.create({ ...project, id: overrides.projectId ?? project.id });
      const webhook = buildWebhook({ projectId: overrides.projectId ?? project.id, ...overrides });
      await store.webhooks.create(webhook);
      return webhook;
    };

    describe('webhooks', () => {
      it('stores a webhook and reads it back exactly', async () => {
        const webhook = await seedWebhook({ events: ['document.approved', 'segment.rejected'] });
        expect(await store.webhooks.findById(webhook.id)).toEqual(webhook);
        expect(await store.webhooks.findById('webhook-unknown')).toBeNull();
      });

      it('refuses a webhook of an unknown project with NotFound project', async () => {
        const error = await rejectionOf(store.webhooks.create(buildWebhook({ projectId: 'project-unknown' })));
        expect(error).toBeInstanceOf(NotFound);
        expect(error).toMatchObject({ params: { entity: 'project' } });
      });

      it('lists a project’s webhooks oldest first, and only the active subscribers of an event', async () => {
        const first = await seedWebhook({ events: ['document.approved'], createdAt: minutesAfterNow(1) });
        const second = await seedWebhook({ projectId: first.projectId, events: ['segment.rejected', 'document.approved'], createdAt: minutesAfterNow(2) });
        const off = await seedWebhook({ projectId: first.projectId, events: ['document.approved'], active: false, createdAt: minutesAfterNow(3) });

        expect((await store.webhooks.listByProject(first.projectId)).map((w) => w.id)).toEqual([first.id, second.id, off.id]);
        expect((await store.webhooks.listSubscribed(first.projectId, 'document.approved')).map((w) => w.id)).toEqual([first.id, second.id]);
        expect((await store.webhooks.listSubscribed(first.projectId, 'segment.rejected')).map((w) => w.id)).toEqual([second.id]);
        expect(await store.webhooks.listSubscribed(first.projectId, 'mt.failed')).toEqual([]);
        expect(await store.webhooks.listByProject('project-unknown')).toEqual([]);
      });

      it('replaces what may change, keeping project, author and creation', async () => {
        const webhook = await seedWebhook();
        const changed: Webhook = {
          ...webhook,
          url: 'http://agency.example.com/hook',
          events: ['mt.finished'],
          secret: 'new-secret-value',
          active: false,
          disabledReason: 'repeated_failures',
          consecutiveFailures: 7,
          updatedAt: minutesAfterNow(5),
        };
        await store.webhooks.update({ ...changed, projectId: 'project-other', createdBy: 'user-other', createdAt: minutesAfterNow(9) });
        expect(await store.webhooks.findById(webhook.id)).toEqual(changed);
        await expect(store.webhooks.update(buildWebhook({ id: 'webhook-unknown' }))).rejects.toBeInstanceOf(NotFound);
      });

      it('deletes a webhook with its deliveries, and says whether it was there', async () => {
        const webhook = await seedWebhook();
        const delivery = buildDelivery(webhook);
        await store.webhooks.enqueue([delivery]);

        expect(await store.webhooks.delete(webhook.id)).toBe(true);
        expect(await store.webhooks.delete(webhook.id)).toBe(false);
        expect(await store.webhooks.findById(webhook.id)).toBeNull();
        expect(await store.webhooks.findDelivery(delivery.id)).toBeNull();
      });
    });

    describe('the outbox', () => {
      it('stores deliveries exactly and pages a webhook’s log newest first', async () => {
        const webhook = await seedWebhook();
        const older = buildDelivery(webhook, { createdAt: minutesAfterNow(1) });
        const sameInstantA = buildDelivery(webhook, { createdAt: minutesAfterNow(2) });
        const sameInstantB = buildDelivery(webhook, { createdAt: minutesAfterNow(2), event: 'segment.rejected' });
        await store.webhooks.enqueue([older, sameInstantA]);
        await store.webhooks.enqueue([sameInstantB]);

        expect(await store.webhooks.findDelivery(older.id)).toEqual(older);
        const all = await store.webhooks.listDeliveries(webhook.id, 0, 10);
        expect(all.total).toBe(3);
        expect(all.items.map((d) => d.id)).toEqual([sameInstantB.id, sameInstantA.id, older.id]);
        const page = await store.webhooks.listDeliveries(webhook.id, 1, 1);
        expect(page).toEqual({ items: [sameInstantA], total: 3 });
      });

      it('claims due deliveries of active webhooks oldest due first, leasing them so a second claim skips them', async () => {
        const webhook = await seedWebhook();
        const off = await seedWebhook({ projectId: webhook.projectId, active: false });
        const late = buildDelivery(webhook, { nextAttemptAt: minutesAfterNow(2) });
        const early = buildDelivery(webhook, { nextAttemptAt: minutesAfterNow(1) });
        const future = buildDelivery(webhook, { nextAttemptAt: minutesAfterNow(30) });
        const ofInactive = buildDelivery(off, { nextAttemptAt: minutesAfterNow(1) });
        const done = buildDelivery(webhook, { nextAttemptAt: minutesAfterNow(1), status: 'delivered' });
        await store.webhooks.enqueue([late, early, future, ofInactive, done]);

        expect(await store.webhooks.nextDueAt()).toBe(minutesAfterNow(1));
        const claimed = await store.webhooks.claimDue(minutesAfterNow(5), minutesAfterNow(6), 10);

        expect(claimed).toEqual([
          { ...early, nextAttemptAt: minutesAfterNow(6) },
          { ...late, nextAttemptAt: minutesAfterNow(6) },
        ]);
        expect(await store.webhooks.claimDue(minutesAfterNow(5), minutesAfterNow(6), 10)).toEqual([]);
        expect(await store.webhooks.nextDueAt()).toBe(minutesAfterNow(6));
        // The lease runs out (the process stopped mid-attempt): both are due again, equal times in enqueue order.
        expect((await store.webhooks.claimDue(minutesAfterNow(6), minutesAfterNow(7), 10)).map((d) => d.id)).toEqual([late.id, early.id]);
      });

      it('claims at most the limit', async () => {
        const webhook = await seedWebhook();
        await store.webhooks.enqueue([buildDelivery(webhook), buildDelivery(webhook), buildDelivery(webhook)]);
        expect(await store.webhooks.claimDue(minutesAfterNow(1), minutesAfterNow(2), 2)).toHaveLength(2);
        expect(await store.webhooks.claimDue(minutesAfterNow(1), minutesAfterNow(2), 2)).toHaveLength(1);
      });

      it('has no next due time when nothing is pending', async () => {
        expect(await store.webhooks.nextDueAt()).toBeNull();
      });

      it('records attempts in order, counting the webhook’s failures and resetting them on success', async () => {
        const webhook = await seedWebhook();
        const delivery = buildDelivery(webhook);
        await store.webhooks.enqueue([delivery]);

        const afterFailure = await store.webhooks.recordOutcome(delivery.id, { attempt: FAILED_ATTEMPT, status: 'pending', nextAttemptAt: minutesAfterNow(3) });
        expect(afterFailure).toEqual({ ...webhook, consecutiveFailures: 1 });
        await store.webhooks.recordOutcome(delivery.id, { attempt: { ...FAILED_ATTEMPT, statusCode: null, error: 'timeout' }, status: 'pending', nextAttemptAt: minutesAfterNow(4) });
        expect((await store.webhooks.findById(webhook.id))!.consecutiveFailures).toBe(2);

        const afterSuccess = await store.webhooks.recordOutcome(delivery.id, { attempt: DELIVERED_ATTEMPT, status: 'delivered', nextAttemptAt: minutesAfterNow(4) });
        expect(afterSuccess).toEqual({ ...webhook, consecutiveFailures: 0 });
        expect(await store.webhooks.findDelivery(delivery.id)).toEqual({
          ...delivery,
          status: 'delivered',
          nextAttemptAt: minutesAfterNow(4),
          attempts: [FAILED_ATTEMPT, { ...FAILED_ATTEMPT, statusCode: null, error: 'timeout' }, DELIVERED_ATTEMPT],
        });
        expect(await store.webhooks.nextDueAt()).toBeNull();
      });

      it('drops the outcome of a delivery that is gone (its webhook was deleted)', async () => {
        expect(await store.webhooks.recordOutcome('delivery-unknown', { attempt: FAILED_ATTEMPT, status: 'pending', nextAttemptAt: FIXED_NOW })).toBeNull();
      });

      it('redelivers: pending again, due at once, with a new window, the log kept', async () => {
        const webhook = await seedWebhook();
        const delivery = buildDelivery(webhook);
        await store.webhooks.enqueue([delivery]);
        await store.webhooks.recordOutcome(delivery.id, { attempt: FAILED_ATTEMPT, status: 'failed', nextAttemptAt: minutesAfterNow(1) });

        const again = await store.webhooks.redeliver(delivery.id, minutesAfterNow(60));

        expect(again).toEqual({ ...delivery, status: 'pending', nextAttemptAt: minutesAfterNow(60), windowStartedAt: minutesAfterNow(60), attempts: [FAILED_ATTEMPT] });
        expect(await store.webhooks.findDelivery(delivery.id)).toEqual(again);
        await expect(store.webhooks.redeliver('delivery-unknown', FIXED_NOW)).rejects.toBeInstanceOf(NotFound);
      });
    });
  });
}

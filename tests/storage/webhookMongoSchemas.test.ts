// The MongoDB webhook schemas and mappers, checked without a server: models compiled on a connection
// that never opens.
import { fromWebhookDeliveryDoc, fromWebhookDoc, toWebhookDeliveryDoc, toWebhookDoc, type MongoModels } from '../../server/storage/mongo';
import { FIXED_NOW, minutesAfterNow } from '../support/builders';
import { buildDelivery, buildWebhook } from './webhookContract';
import { withOfflineModels, validationErrorsOf as errorsOf } from '../support/offlineMongo';

let models: MongoModels;
withOfflineModels((defined) => (models = defined));

describe('mongo webhook schemas', () => {
  test('a webhook maps to its document and back unchanged, nulls included', () => {
    const webhook = buildWebhook({ id: 'webhook-1', events: ['document.approved', 'mt.failed'], disabledReason: null });
    const doc = toWebhookDoc(webhook);

    expect(doc).toMatchObject({ _id: 'webhook-1', createdAt: new Date(FIXED_NOW) });
    expect(fromWebhookDoc(doc)).toEqual(webhook);
    expect(errorsOf(new models.Webhook(doc))).toBeNull();
  });

  test('a delivery with its attempts maps to its document and back unchanged', () => {
    const webhook = buildWebhook({ id: 'webhook-1' });
    const delivery = buildDelivery(webhook, {
      id: 'delivery-1',
      attempts: [
        { at: minutesAfterNow(1), statusCode: null, error: 'timeout', durationMs: 10_000 },
        { at: minutesAfterNow(2), statusCode: 200, error: null, durationMs: 4 },
      ],
    });
    const doc = toWebhookDeliveryDoc(delivery, 3);

    expect(doc).toMatchObject({ _id: 'delivery-1', seq: 3, nextAttemptAt: new Date(FIXED_NOW) });
    expect(fromWebhookDeliveryDoc(doc)).toEqual(delivery);
    expect(errorsOf(new models.WebhookDelivery(doc))).toBeNull();
  });

  test('the schemas refuse an unknown event or status and a negative failure count', () => {
    const webhook = { ...toWebhookDoc(buildWebhook()), events: ['document.deleted'], consecutiveFailures: -1 };
    expect(errorsOf(new models.Webhook(webhook))).toEqual(['consecutiveFailures', 'events.0']);
    const delivery = { ...toWebhookDeliveryDoc(buildDelivery(buildWebhook()), 1), status: 'lost', event: 'nothing' };
    expect(errorsOf(new models.WebhookDelivery(delivery))).toEqual(['event', 'status']);
  });

  test('due deliveries and a webhook’s log each have their index', () => {
    expect(models.WebhookDelivery.schema.indexes().map(([fields]) => Object.keys(fields))).toEqual([
      ['status', 'nextAttemptAt'],
      ['webhookId', 'createdAt', 'seq'],
    ]);
    expect(models.Webhook.schema.indexes().map(([fields]) => Object.keys(fields))).toEqual([['projectId', 'createdAt', '_id']]);
  });
});

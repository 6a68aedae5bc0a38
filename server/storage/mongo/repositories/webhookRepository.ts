import type { Model } from 'mongoose';
import { NotFound } from '../../../domain/errors';
import type { Webhook, WebhookDelivery, WebhookEvent } from '../../../domain/webhooks/types';
import type { WebhookRepository } from '../../../ports/webhookRepository';
import { guard } from '../errors';
import type { CounterDoc } from '../schemas/counters';
import type { ProjectDoc } from '../schemas/projects';
import {
  fromWebhookDeliveryDoc,
  fromWebhookDoc,
  toAttemptDoc,
  toWebhookDeliveryDoc,
  toWebhookDoc,
  type WebhookDeliveryDoc,
  type WebhookDoc,
} from '../schemas/webhooks';
import { reserveSequence } from './shared';

export const WEBHOOK_DELIVERY_SEQUENCE = 'webhookDeliveries';

export class MongoWebhookRepository implements WebhookRepository {
  constructor(
    private readonly webhooks: Model<WebhookDoc>,
    private readonly deliveries: Model<WebhookDeliveryDoc>,
    private readonly counters: Model<CounterDoc>,
    private readonly projects: Model<ProjectDoc>,
  ) {}

  async create(webhook: Webhook): Promise<void> {
    await guard('webhook', async () => {
      if (!(await this.projects.exists({ _id: webhook.projectId }).exec())) throw new NotFound('project', webhook.projectId);
      await this.webhooks.create(toWebhookDoc(webhook));
    });
  }

  async findById(id: string): Promise<Webhook | null> {
    const doc = await this.webhooks.findById(id).lean<WebhookDoc>().exec();
    return doc ? fromWebhookDoc(doc) : null;
  }

  async listByProject(projectId: string): Promise<Webhook[]> {
    const docs = await this.webhooks.find({ projectId }).sort({ createdAt: 1, _id: 1 }).lean<WebhookDoc[]>().exec();
    return docs.map(fromWebhookDoc);
  }

  async listSubscribed(projectId: string, event: WebhookEvent): Promise<Webhook[]> {
    const docs = await this.webhooks.find({ projectId, active: true, events: event }).sort({ createdAt: 1, _id: 1 }).lean<WebhookDoc[]>().exec();
    return docs.map(fromWebhookDoc);
  }

  async update(webhook: Webhook): Promise<void> {
    const { _id, projectId: _projectId, createdBy: _createdBy, createdAt: _createdAt, ...changed } = toWebhookDoc(webhook);
    const result = await guard('webhook', () => this.webhooks.updateOne({ _id }, { $set: changed }, { runValidators: true }).exec());
    if (result.matchedCount === 0) throw new NotFound('webhook', webhook.id);
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.webhooks.deleteOne({ _id: id }).exec();
    await this.deliveries.deleteMany({ webhookId: id }).exec();
    return result.deletedCount === 1;
  }

  async enqueue(deliveries: readonly WebhookDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    await guard('webhook_delivery', async () => {
      const first = await reserveSequence(this.counters, WEBHOOK_DELIVERY_SEQUENCE, deliveries.length);
      await this.deliveries.insertMany(deliveries.map((delivery, i) => toWebhookDeliveryDoc(delivery, first + i)));
    });
  }

  async findDelivery(id: string): Promise<WebhookDelivery | null> {
    const doc = await this.deliveries.findById(id).lean<WebhookDeliveryDoc>().exec();
    return doc ? fromWebhookDeliveryDoc(doc) : null;
  }

  async listDeliveries(webhookId: string, offset: number, limit: number): Promise<{ items: WebhookDelivery[]; total: number }> {
    const [docs, total] = await Promise.all([
      this.deliveries.find({ webhookId }).sort({ createdAt: -1, seq: -1 }).skip(offset).limit(limit).lean<WebhookDeliveryDoc[]>().exec(),
      this.deliveries.countDocuments({ webhookId }).exec(),
    ]);
    return { items: docs.map(fromWebhookDeliveryDoc), total };
  }

  private activeIds(): Promise<string[]> {
    return this.webhooks.distinct('_id', { active: true }).exec() as Promise<string[]>;
  }

  async claimDue(now: string, leaseUntil: string, limit: number): Promise<WebhookDelivery[]> {
    const active = await this.activeIds();
    const claimed: WebhookDelivery[] = [];
    // One atomic find-and-lease per delivery: two claimers never get the same one.
    while (claimed.length < limit) {
      const doc = await this.deliveries
        .findOneAndUpdate(
          { status: 'pending', webhookId: { $in: active }, nextAttemptAt: { $lte: new Date(now) } },
          { $set: { nextAttemptAt: new Date(leaseUntil) } },
          { sort: { nextAttemptAt: 1, seq: 1 }, new: true },
        )
        .lean<WebhookDeliveryDoc>()
        .exec();
      if (!doc) break;
      claimed.push(fromWebhookDeliveryDoc(doc));
    }
    return claimed;
  }

  async nextDueAt(): Promise<string | null> {
    const active = await this.activeIds();
    const doc = await this.deliveries
      .findOne({ status: 'pending', webhookId: { $in: active } })
      .sort({ nextAttemptAt: 1 })
      .select({ nextAttemptAt: 1 })
      .lean<Pick<WebhookDeliveryDoc, 'nextAttemptAt'>>()
      .exec();
    return doc ? doc.nextAttemptAt.toISOString() : null;
  }

  async recordOutcome(deliveryId: string, outcome: Parameters<WebhookRepository['recordOutcome']>[1]): Promise<Webhook | null> {
    const doc = await this.deliveries
      .findOneAndUpdate(
        { _id: deliveryId },
        { $push: { attempts: toAttemptDoc(outcome.attempt) }, $set: { status: outcome.status, nextAttemptAt: new Date(outcome.nextAttemptAt) } },
        { new: true },
      )
      .lean<WebhookDeliveryDoc>()
      .exec();
    if (!doc) return null;
    const change = outcome.status === 'delivered' ? { $set: { consecutiveFailures: 0 } } : { $inc: { consecutiveFailures: 1 } };
    const webhook = await this.webhooks.findOneAndUpdate({ _id: doc.webhookId }, change, { new: true }).lean<WebhookDoc>().exec();
    return webhook ? fromWebhookDoc(webhook) : null;
  }

  async redeliver(id: string, at: string): Promise<WebhookDelivery> {
    const doc = await this.deliveries
      .findOneAndUpdate({ _id: id }, { $set: { status: 'pending', nextAttemptAt: new Date(at), windowStartedAt: new Date(at) } }, { new: true })
      .lean<WebhookDeliveryDoc>()
      .exec();
    if (!doc) throw new NotFound('webhook_delivery', id);
    return fromWebhookDeliveryDoc(doc);
  }
}

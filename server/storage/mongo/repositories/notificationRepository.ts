import type { Model } from 'mongoose';
import { NotFound } from '../../../domain/errors';
import type { Notification, NotificationSettings } from '../../../domain/notifications/types';
import type { NotificationPageQuery, NotificationRepository } from '../../../ports/notificationRepository';
import { duplicateKey, guard } from '../errors';
import type { CounterDoc } from '../schemas/counters';
import {
  fromNotificationDoc,
  fromNotificationSettingsDoc,
  toNotificationDoc,
  type NotificationDoc,
  type NotificationSettingsDoc,
} from '../schemas/notifications';
import type { UserDoc } from '../schemas/users';
import { distinct, reserveSequence } from './shared';

export const NOTIFICATION_SEQUENCE = 'notifications';
const NEWEST_FIRST = { createdAt: -1, seq: -1 } as const;

export class MongoNotificationRepository implements NotificationRepository {
  constructor(
    private readonly notifications: Model<NotificationDoc>,
    private readonly settings: Model<NotificationSettingsDoc>,
    private readonly users: Model<UserDoc>,
    private readonly counters: Model<CounterDoc>,
  ) {}

  private async requireUser(userId: string): Promise<void> {
    if (!(await this.users.exists({ _id: userId }).exec())) throw new NotFound('user', userId);
  }

  async create(notification: Notification): Promise<boolean> {
    return guard('notification', async () => {
      await this.requireUser(notification.userId);
      if (notification.dedupeKey !== null && (await this.notifications.exists({ userId: notification.userId, dedupeKey: notification.dedupeKey }).exec())) {
        return false;
      }
      const seq = await reserveSequence(this.counters, NOTIFICATION_SEQUENCE, 1);
      try {
        await this.notifications.create(toNotificationDoc(notification, seq));
        return true;
      } catch (error) {
        // Another process stored the same key meanwhile: the partial unique index refused this one.
        if (notification.dedupeKey !== null && duplicateKey(error)?.field === 'userId') return false;
        throw error;
      }
    });
  }

  async findById(id: string): Promise<Notification | null> {
    const doc = await this.notifications.findById(id).lean<NotificationDoc>().exec();
    return doc ? fromNotificationDoc(doc) : null;
  }

  async page({ userId, unreadOnly, offset, limit }: NotificationPageQuery): Promise<{ items: Notification[]; total: number; unread: number }> {
    const filter = unreadOnly ? { userId, readAt: null } : { userId };
    const [docs, total, unread] = await Promise.all([
      this.notifications.find(filter).sort(NEWEST_FIRST).skip(offset).limit(limit).lean<NotificationDoc[]>().exec(),
      this.notifications.countDocuments(filter).exec(),
      this.countUnread(userId),
    ]);
    return { items: docs.map(fromNotificationDoc), total, unread };
  }

  async countUnread(userId: string): Promise<number> {
    return this.notifications.countDocuments({ userId, readAt: null }).exec();
  }

  async markRead(userId: string, ids: readonly string[] | null, at: string): Promise<number> {
    if (ids !== null && ids.length === 0) return 0;
    const filter = ids === null ? { userId, readAt: null } : { userId, readAt: null, _id: { $in: distinct(ids) } };
    const result = await this.notifications.updateMany(filter, { $set: { readAt: new Date(at) } }).exec();
    return result.modifiedCount;
  }

  async findSettings(userId: string): Promise<NotificationSettings> {
    const doc = await this.settings.findById(userId).lean<NotificationSettingsDoc>().exec();
    return doc ? fromNotificationSettingsDoc(doc) : { userId, muted: [] };
  }

  async saveSettings(settings: NotificationSettings): Promise<void> {
    await guard('notification settings', async () => {
      await this.requireUser(settings.userId);
      await this.settings.updateOne({ _id: settings.userId }, { $set: { muted: [...settings.muted] } }, { upsert: true, runValidators: true }).exec();
    });
  }
}

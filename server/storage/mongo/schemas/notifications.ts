// notifications: each person's in-app notifications; notificationSettings: the kinds each person muted.
// `seq` (mongo-only) orders notifications of the same millisecond. A notification with a dedupeKey
// exists at most once per person (a partial unique index).
import { Schema } from 'mongoose';
import { NOTIFICATION_KINDS, type Notification, type NotificationKind, type NotificationSettings } from '../../../domain/notifications/types';
import { collectionOptions, fromDate, fromNullableDate, integer, orNull, toDate, toNullableDate } from './common';

export interface NotificationDoc {
  _id: string;
  userId: string;
  kind: NotificationKind;
  actorId: string | null;
  projectId: string | null;
  documentId: string | null;
  segmentId: string | null;
  commentId: string | null;
  assignmentId: string | null;
  params: Record<string, string | number>;
  dedupeKey: string | null;
  createdAt: Date;
  readAt: Date | null;
  /** Mongo-only: a store-wide, strictly increasing number taken from the `counters` collection. */
  seq: number;
}

export interface NotificationSettingsDoc {
  /** The user's id. */
  _id: string;
  muted: NotificationKind[];
}

const optionalId = { type: String, default: null };

export const notificationSchema = new Schema<NotificationDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    kind: { type: String, required: true, enum: NOTIFICATION_KINDS },
    actorId: optionalId,
    projectId: optionalId,
    documentId: optionalId,
    segmentId: optionalId,
    commentId: optionalId,
    assignmentId: optionalId,
    params: { type: Schema.Types.Mixed, default: () => ({}) },
    dedupeKey: optionalId,
    createdAt: { type: Date, required: true },
    readAt: { type: Date, default: null },
    seq: { type: Number, required: true, min: 1, validate: integer },
  },
  collectionOptions('notifications'),
);
notificationSchema.index({ userId: 1, createdAt: -1, seq: -1 });
notificationSchema.index({ userId: 1, dedupeKey: 1 }, { unique: true, partialFilterExpression: { dedupeKey: { $type: 'string' } } });

export const notificationSettingsSchema = new Schema<NotificationSettingsDoc>(
  {
    _id: { type: String, required: true },
    muted: { type: [{ type: String, enum: NOTIFICATION_KINDS }], default: () => [] },
  },
  collectionOptions('notificationSettings'),
);

export const toNotificationDoc = (notification: Notification, seq: number): NotificationDoc => ({
  _id: notification.id,
  userId: notification.userId,
  kind: notification.kind,
  actorId: notification.actorId,
  projectId: notification.projectId,
  documentId: notification.documentId,
  segmentId: notification.segmentId,
  commentId: notification.commentId,
  assignmentId: notification.assignmentId,
  params: { ...notification.params },
  dedupeKey: notification.dedupeKey,
  createdAt: toDate(notification.createdAt),
  readAt: toNullableDate(notification.readAt),
  seq,
});

export const fromNotificationDoc = (doc: NotificationDoc): Notification => ({
  id: doc._id,
  userId: doc.userId,
  kind: doc.kind,
  actorId: orNull(doc.actorId),
  projectId: orNull(doc.projectId),
  documentId: orNull(doc.documentId),
  segmentId: orNull(doc.segmentId),
  commentId: orNull(doc.commentId),
  assignmentId: orNull(doc.assignmentId),
  params: { ...(doc.params ?? {}) },
  dedupeKey: orNull(doc.dedupeKey),
  createdAt: fromDate(doc.createdAt),
  readAt: fromNullableDate(doc.readAt),
});

export const toNotificationSettingsDoc = (settings: NotificationSettings): NotificationSettingsDoc => ({ _id: settings.userId, muted: [...settings.muted] });

export const fromNotificationSettingsDoc = (doc: NotificationSettingsDoc): NotificationSettings => ({ userId: doc._id, muted: [...(doc.muted ?? [])] });

// What the notification commands need from storage: each person's notifications and the kinds they
// muted. Both adapters implement it and pass tests/storage/collaborationContract.ts.
import type { Notification, NotificationSettings } from '../domain/notifications/types';

export interface NotificationPageQuery {
  userId: string;
  unreadOnly: boolean;
  offset: number;
  limit: number;
}

export interface NotificationRepository {
  /**
   * Stores the notification and returns true; returns false and stores nothing when the user already has
   * one with the same (non-null) dedupeKey. NotFound (entity `user`) when the user does not exist.
   */
  create(notification: Notification): Promise<boolean>;
  findById(id: string): Promise<Notification | null>;
  /** Newest first (ties: the later written first); `total` counts all matching, `unread` all unread of the user. */
  page(query: NotificationPageQuery): Promise<{ items: Notification[]; total: number; unread: number }>;
  countUnread(userId: string): Promise<number>;
  /** Marks the user's unread notifications among `ids` (all of them when null) read at `at`; returns how many changed. */
  markRead(userId: string, ids: readonly string[] | null, at: string): Promise<number>;
  /** The user's settings; nothing muted when never saved. */
  findSettings(userId: string): Promise<NotificationSettings>;
  /** Stores (inserts or replaces) the user's settings. NotFound (entity `user`) without the user. */
  saveSettings(settings: NotificationSettings): Promise<void>;
}

// Watching one's own notifications (GET /api/me/events): the unread count at once, then each new
// notification with the unread count after it. Published on the change feed's user channel
// (commands/live/publishingStore.ts), so a notification stored by any command arrives here.
import type { DocumentRecord } from '../../domain/documents/types';
import type { Notification } from '../../domain/notifications/types';
import type { User } from '../../domain/users/types';
import type { SegmentChangeFeed } from '../../ports/segmentChangeFeed';
import type { CommandContext } from '../context';
import { referencesOf } from '../notifications/list';

export type UserUpdate =
  | { type: 'unread'; unread: number }
  | { type: 'notification'; notification: Notification; unread: number; people: Map<string, User>; documents: Map<string, DocumentRecord> };

export interface UserWatchHandlers {
  update(update: UserUpdate): void;
  /** A delivery failed (the store is unreachable …); the watch goes on. */
  error(error: unknown): void;
}

/** Subscribes the user to their notifications; delivers the unread count first. Returns the stop function. */
export function watchUser(ctx: CommandContext, feed: SegmentChangeFeed, user: User, handlers: UserWatchHandlers): () => void {
  let stopped = false;
  let delivery: Promise<void> = ctx.store.notifications.countUnread(user.id).then((unread) => {
    if (!stopped) handlers.update({ type: 'unread', unread });
  });
  delivery = delivery.catch((error: unknown) => handlers.error(error));
  const unsubscribe = feed.subscribeUser(user.id, (notice) => {
    delivery = delivery
      .then(async () => {
        const notification = await ctx.store.notifications.findById(notice.notificationId);
        if (stopped || !notification || notification.userId !== user.id) return;
        const unread = await ctx.store.notifications.countUnread(user.id);
        if (!stopped) handlers.update({ type: 'notification', notification, unread, ...(await referencesOf(ctx, [notification])) });
      })
      .catch((error: unknown) => handlers.error(error));
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}

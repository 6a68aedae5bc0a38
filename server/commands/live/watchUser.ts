// Watching one's own notifications (GET /api/me/events): the unread count at once, then each new
// notification with the unread count after it. Published on the change feed's user channel
// (commands/live/publishingStore.ts), so a notification stored by any command arrives here. Like a
// document watch, it ends the moment the session or token that opened it ends, or the account is
// deactivated.
import type { DocumentRecord } from '../../domain/documents/types';
import type { Notification } from '../../domain/notifications/types';
import type { User } from '../../domain/users/types';
import type { AccountNotice } from '../../ports/accountChangeFeed';
import type { CommandContext } from '../context';
import { referencesOf } from '../notifications/list';
import type { LiveDeps } from './watchDocument';

export type UserUpdate =
  | { type: 'unread'; unread: number }
  | { type: 'notification'; notification: Notification; unread: number; people: Map<string, User>; documents: Map<string, DocumentRecord> };

export interface UserWatchHandlers {
  update(update: UserUpdate): void;
  /** The session ended or the account was deactivated: no more updates will come. */
  end(): void;
  /** A delivery failed (the store is unreachable …); the watch goes on. */
  error(error: unknown): void;
}

export interface WatchUserProps {
  user: User;
  /** The public id of the session or token that opens the watch: the watch ends with it. */
  sessionId: string;
}

/** Subscribes the user to their notifications; delivers the unread count first. Returns the stop function. */
export function watchUser(ctx: CommandContext, live: Pick<LiveDeps, 'changeFeed' | 'accountFeed'>, props: WatchUserProps, handlers: UserWatchHandlers): () => void {
  const { user } = props;
  let stopped = false;
  const finish = () => {
    if (stopped) return;
    stop();
    handlers.end();
  };
  let delivery: Promise<void> = ctx.store.notifications.countUnread(user.id).then((unread) => {
    if (!stopped) handlers.update({ type: 'unread', unread });
  });
  delivery = delivery.catch((error: unknown) => handlers.error(error));
  const unsubscribe = live.changeFeed.subscribeUser(user.id, (notice) => {
    delivery = delivery
      .then(async () => {
        const notification = await ctx.store.notifications.findById(notice.notificationId);
        if (stopped || !notification || notification.userId !== user.id) return;
        const unread = await ctx.store.notifications.countUnread(user.id);
        if (!stopped) handlers.update({ type: 'notification', notification, unread, ...(await referencesOf(ctx, [notification])) });
      })
      .catch((error: unknown) => handlers.error(error));
  });
  const unsubscribeAccount = live.accountFeed.subscribe(user.id, (notice: AccountNotice) => {
    if (notice.type === 'sessions_ended') {
      if (notice.sessionIds.includes(props.sessionId)) finish();
      return;
    }
    delivery = delivery
      .then(async () => {
        const fresh = await ctx.store.users.findById(user.id);
        if (!fresh || !fresh.active) finish();
      })
      .catch((error: unknown) => handlers.error(error));
  });
  function stop() {
    stopped = true;
    unsubscribe();
    unsubscribeAccount();
  }
  return stop;
}

// In-app notifications: the list under the bell, marking read, the kinds each person mutes, and the
// person's own live stream (GET /api/me/events), which ends with the login session that opened it.
import { Router } from 'express';
import { listNotifications, markNotificationsRead, readNotificationSettings, updateNotificationSettings } from '../../../commands/notifications/list';
import { watchUser } from '../../../commands/live/watchUser';
import { NOTIFICATION_KINDS } from '../../../domain/notifications/types';
import type { AppDeps } from '../../deps';
import { currentAuthentication, currentUser } from '../../middlewares/authenticate';
import { requestIdOf } from '../../middlewares/requestContext';
import { validate } from '../../middlewares/validate';
import { presentNotification } from '../../presenters/notification';
import { startEventStream, writeEvent } from '../../sse';
import { markReadBody, notificationsQuery, settingsBody, userEventsQuery } from './schemas';

const settingsView = (muted: readonly string[]) => ({ kinds: NOTIFICATION_KINDS, muted });

export function notificationRoutes(deps: AppDeps): Router {
  const router = Router();
  const listRequest = validate({ query: notificationsQuery });
  const readRequest = validate({ body: markReadBody });
  const settingsRequest = validate({ body: settingsBody });
  const eventsRequest = validate({ query: userEventsQuery });

  router.get('/notifications', listRequest, async (_req, res) => {
    const { query } = listRequest.parsed(res);
    const view = await listNotifications(deps, { user: currentUser(res), unreadOnly: query.unread, offset: query.offset, limit: query.limit });
    res.json({ items: view.items.map((n) => presentNotification(n, view.people, view.documents)), total: view.total, unread: view.unread, offset: query.offset, limit: query.limit });
  });

  router.post('/notifications/read', readRequest, async (_req, res) => {
    const { body } = readRequest.parsed(res);
    const unread = await markNotificationsRead(deps, { user: currentUser(res), ids: body.ids ?? null });
    res.json({ unread });
  });

  router.get('/notifications/settings', async (_req, res) => {
    res.json(settingsView(await readNotificationSettings(deps, { user: currentUser(res) })));
  });

  router.put('/notifications/settings', settingsRequest, async (_req, res) => {
    res.json(settingsView(await updateNotificationSettings(deps, { user: currentUser(res), muted: settingsRequest.parsed(res).body.muted })));
  });

  // The person's own events: `unread` at once, then `notification` for each new one.
  router.get('/me/events', eventsRequest, async (req, res) => {
    const user = currentUser(res);
    const sessionId = currentAuthentication(res)!.session.id;
    let stop = () => {};
    if (!startEventStream(req, res, () => stop())) return;
    stop = watchUser(deps, deps, { user, sessionId }, {
      update: (update) => {
        if (update.type === 'unread') writeEvent(res, 'unread', { unread: update.unread });
        else writeEvent(res, 'notification', { notification: presentNotification(update.notification, update.people, update.documents), unread: update.unread });
      },
      end: () => res.end(),
      error: (error) => console.error(`[${requestIdOf(res)}] live notifications of user ${user.id} failed:`, error),
    });
  });

  return router;
}

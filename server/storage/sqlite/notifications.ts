// In-app notifications and each person's muted kinds (tables notifications and notification_settings, migration 010).
import { NotFound } from '../../domain/errors';
import type { Notification, NotificationKind } from '../../domain/notifications/types';
import type { NotificationRepository } from '../../ports/notificationRepository';
import type { Db } from './database';
import { isForeignKeyViolation, isUniqueViolation, jsonList } from './shared';

interface NotificationRow {
  id: string;
  user_id: string;
  kind: string;
  actor_id: string | null;
  project_id: string | null;
  document_id: string | null;
  segment_id: string | null;
  comment_id: string | null;
  assignment_id: string | null;
  params: string;
  dedupe_key: string | null;
  created_at: string;
  read_at: string | null;
}

const toNotification = (row: NotificationRow): Notification => ({
  id: row.id,
  userId: row.user_id,
  kind: row.kind as NotificationKind,
  actorId: row.actor_id,
  projectId: row.project_id,
  documentId: row.document_id,
  segmentId: row.segment_id,
  commentId: row.comment_id,
  assignmentId: row.assignment_id,
  params: JSON.parse(row.params) as Notification['params'],
  dedupeKey: row.dedupe_key,
  createdAt: row.created_at,
  readAt: row.read_at,
});

export function createNotificationRepository(db: Db): NotificationRepository {
  const insert = db.prepare(
    `INSERT INTO notifications (id, user_id, kind, actor_id, project_id, document_id, segment_id, comment_id, assignment_id, params,
       dedupe_key, created_at, read_at)
     VALUES (@id, @userId, @kind, @actorId, @projectId, @documentId, @segmentId, @commentId, @assignmentId, @params,
       @dedupeKey, @createdAt, @readAt)`,
  );
  const byId = db.prepare<[string], NotificationRow>('SELECT * FROM notifications WHERE id = ?');
  const pageAll = db.prepare<[string, number, number], NotificationRow>(
    'SELECT * FROM notifications WHERE user_id = ? ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?',
  );
  const pageUnread = db.prepare<[string, number, number], NotificationRow>(
    'SELECT * FROM notifications WHERE user_id = ? AND read_at IS NULL ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?',
  );
  const countAll = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM notifications WHERE user_id = ?');
  const countUnread = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL');
  const readAll = db.prepare<[string, string]>('UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL');
  const readSome = db.prepare<[string, string, string]>(
    'UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL AND id IN (SELECT value FROM json_each(?))',
  );
  const settingsOf = db.prepare<[string], { muted: string }>('SELECT muted FROM notification_settings WHERE user_id = ?');
  const saveSettings = db.prepare<[string, string]>(
    'INSERT INTO notification_settings (user_id, muted) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET muted = excluded.muted',
  );

  return {
    async create(notification) {
      try {
        insert.run({ ...notification, params: JSON.stringify(notification.params) });
        return true;
      } catch (error) {
        if (isForeignKeyViolation(error)) throw new NotFound('user', notification.userId);
        // The unique index on (user_id, dedupe_key): this notification was sent before.
        if (isUniqueViolation(error) && notification.dedupeKey !== null && !(error as Error).message.includes('notifications.id')) return false;
        throw error;
      }
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toNotification(row) : null;
    },
    async page({ userId, unreadOnly, offset, limit }) {
      const rows = (unreadOnly ? pageUnread : pageAll).all(userId, limit, offset);
      const unread = countUnread.get(userId)?.n ?? 0;
      return { items: rows.map(toNotification), total: unreadOnly ? unread : (countAll.get(userId)?.n ?? 0), unread };
    },
    async countUnread(userId) {
      return countUnread.get(userId)?.n ?? 0;
    },
    async markRead(userId, ids, at) {
      if (ids === null) return readAll.run(at, userId).changes;
      if (ids.length === 0) return 0;
      return readSome.run(at, userId, jsonList(ids)).changes;
    },
    async findSettings(userId) {
      const row = settingsOf.get(userId);
      return { userId, muted: row ? (JSON.parse(row.muted) as NotificationKind[]) : [] };
    },
    async saveSettings(settings) {
      try {
        saveSettings.run(settings.userId, JSON.stringify(settings.muted));
      } catch (error) {
        if (isForeignKeyViolation(error)) throw new NotFound('user', settings.userId);
        throw error;
      }
    },
  };
}

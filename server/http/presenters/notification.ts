// The JSON shapes of notifications (GET /api/notifications, `event: notification` of GET /api/me/events).
import type { DocumentRecord } from '../../domain/documents/types';
import type { Notification } from '../../domain/notifications/types';
import type { User } from '../../domain/users/types';

export const presentNotification = (notification: Notification, people: ReadonlyMap<string, User>, documents: ReadonlyMap<string, DocumentRecord>) => {
  const document = notification.documentId === null ? undefined : documents.get(notification.documentId);
  return {
    id: notification.id,
    kind: notification.kind,
    actor: notification.actorId === null ? null : { id: notification.actorId, name: people.get(notification.actorId)?.name ?? '' },
    projectId: notification.projectId,
    document: notification.documentId === null ? null : { id: notification.documentId, title: document?.title ?? '' },
    segmentId: notification.segmentId,
    commentId: notification.commentId,
    assignmentId: notification.assignmentId,
    params: notification.params,
    createdAt: notification.createdAt,
    read: notification.readAt !== null,
    readAt: notification.readAt,
  };
};

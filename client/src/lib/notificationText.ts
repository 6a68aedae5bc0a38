// What a notification says and where it leads, as pure functions: the message key (in the
// `collaboration` namespace) with its values, and the page to open.
import type { AppNotification } from '../api/collaborationTypes';

export interface NotificationMessage {
  key: string;
  values: Record<string, string | number>;
}

const text = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

/** The i18n key and values of a notification's message; `due` stays an ISO string for the caller to format. */
export function notificationMessage(notification: AppNotification): NotificationMessage {
  const { params } = notification;
  const values: Record<string, string | number> = {
    actor: notification.actor?.name ?? '',
    document: notification.document?.title ?? text(params.documentTitle),
    excerpt: text(params.excerpt),
    segment: text(params.segmentNumber),
    due: text(params.due),
  };
  const range = params.firstSegment !== undefined ? 'Range' : '';
  if (range) Object.assign(values, { first: text(params.firstSegment), last: text(params.lastSegment) });
  switch (notification.kind) {
    case 'assignment':
      return { key: `notifications.message.assignment_${params.step === 'review' ? 'review' : 'translation'}${range}`, values };
    case 'ready_for_review':
      return { key: `notifications.message.ready_for_review${range}`, values };
    case 'overdue':
      return { key: `notifications.message.overdue_${params.step === 'review' ? 'review' : 'translation'}`, values };
    default:
      return { key: `notifications.message.${notification.kind}`, values };
  }
}

/**
 * Where a notification leads: the segment in the workspace (review mode for what a reviewer does), the
 * document's assignments, or nothing.
 */
export function notificationLink(notification: AppNotification): string | null {
  const document = notification.document;
  if (!document) return null;
  const base = `/documents/${encodeURIComponent(document.id)}`;
  const review = notification.kind === 'ready_for_review' || (notification.kind === 'overdue' && notification.params.step === 'review');
  const segment = notification.segmentId ? `?segment=${encodeURIComponent(notification.segmentId)}` : '';
  if (notification.kind === 'assignment') return `${base}${notification.params.step === 'review' ? '/review' : ''}`;
  return `${base}${review ? '/review' : ''}${segment}`;
}

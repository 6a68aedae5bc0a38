// One notification: what happened (in the interface language), when, a link to where it happened, and
// "mark read". Every value is rendered as text.
import { useTranslation } from 'react-i18next';
import type { AppNotification } from '../api/collaborationTypes';
import { formatDateTime, formatDueDate } from '../format';
import { notificationLink, notificationMessage } from '../lib/notificationText';
import { Link } from '../router';

export function NotificationItem({ notification, onRead, onOpen }: { notification: AppNotification; onRead(id: string): void; onOpen?(): void }) {
  const { t } = useTranslation('collaboration');
  const { key, values } = notificationMessage(notification);
  const link = notificationLink(notification);
  const message = t(key, { ...values, due: values.due ? formatDueDate(String(values.due)) : '' });
  const open = () => {
    if (!notification.read) onRead(notification.id);
    onOpen?.();
  };
  return (
    <li className={`notification-item${notification.read ? '' : ' is-unread'}`} data-testid="notification-item" data-kind={notification.kind} data-read={notification.read}>
      <p className="notification-message">
        {!notification.read && <span className="visually-hidden">{t('notifications.unreadMark')} </span>}
        {message}
      </p>
      <div className="notification-meta">
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
        {link && (
          <Link to={link} onClick={open} data-testid="notification-open">
            {t('notifications.open')}
          </Link>
        )}
        {!notification.read && (
          <button type="button" className="link-button" data-testid="notification-mark-read" onClick={() => onRead(notification.id)}>
            {t('notifications.markRead')}
          </button>
        )}
      </div>
    </li>
  );
}

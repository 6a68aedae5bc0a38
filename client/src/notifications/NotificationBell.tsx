// The bell in the header: the unread count, always visible; opens a short list of the newest
// notifications with "mark all read" and a link to all of them. A disclosure (button + region): Escape
// closes it and gives the focus back to the bell. New notifications are announced politely.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { AppNotification } from '../api/collaborationTypes';
import { formatNumber } from '../format';
import { notificationMessage } from '../lib/notificationText';
import { Link } from '../router';
import { BellIcon } from '../ui/Icons';
import { useToasts } from '../ui/Toasts';
import { NotificationItem } from './NotificationItem';
import { useNotifications } from './NotificationsProvider';
import './notifications.css';

const SHOWN = 8;

export function NotificationBell() {
  const { t } = useTranslation('collaboration');
  const toasts = useToasts();
  const { unread, revision, latest, markRead } = useNotifications();
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<AppNotification[] | null>(null);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const abort = new AbortController();
    api.get<{ items: AppNotification[] }>(`/api/notifications?limit=${SHOWN}`, abort.signal).then(
      (page) => setItems(page.items),
      (error: unknown) => {
        if (!abort.signal.aborted) toasts.showError(error);
      },
    );
    return () => abort.abort();
  }, [open, revision, toasts]);

  // A click elsewhere closes the panel; Escape closes it wherever the focus is (a read item's button goes
  // away under it) and gives the focus back to the bell.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const read = (ids: string[] | null) => void markRead(ids).catch(toasts.showError);
  const announcement = latest ? t(notificationMessage(latest).key, { ...notificationMessage(latest).values, due: '' }) : '';

  return (
    <div className="notification-bell">
      <button
        ref={buttonRef}
        type="button"
        className={`bell-button${unread > 0 ? ' has-unread' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('bell.label', { count: unread, formatted: formatNumber(unread) })}
        data-testid="notification-bell"
        data-unread={unread}
        onClick={() => setOpen((value) => !value)}
      >
        <BellIcon />
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true" data-testid="notification-count">
            {formatNumber(unread)}
          </span>
        )}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement ? t('bell.new', { message: announcement }) : ''}
      </span>
      <div ref={panelRef} id={panelId} className="bell-panel" role="region" aria-label={t('bell.panel')} hidden={!open} data-testid="notification-panel">
        <div className="bell-panel-head">
          <p className="bell-panel-title">{t('bell.panel')}</p>
          <button type="button" className="link-button" disabled={unread === 0} onClick={() => read(null)} data-testid="notifications-mark-all">
            {t('notifications.markAllRead')}
          </button>
        </div>
        {items === null ? (
          <p className="muted">{t('common:status.loading')}</p>
        ) : items.length === 0 ? (
          <p className="muted">{t('notifications.none')}</p>
        ) : (
          <ul className="notification-list">
            {items.map((item) => (
              <NotificationItem key={item.id} notification={item} onRead={(id) => read([id])} onOpen={() => setOpen(false)} />
            ))}
          </ul>
        )}
        <Link to="/notifications" className="bell-all" onClick={() => setOpen(false)} data-testid="notifications-all">
          {t('bell.all')}
        </Link>
      </div>
    </div>
  );
}

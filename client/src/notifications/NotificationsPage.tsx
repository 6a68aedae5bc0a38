// All my notifications (/notifications): newest first, all or unread only, mark read one by one or all,
// and the kinds I do not want (muted kinds are not sent at all).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { NOTIFICATION_KINDS, type AppNotification, type NotificationKind } from '../api/collaborationTypes';
import { formatNumber } from '../format';
import { useToasts } from '../ui/Toasts';
import { NotificationItem } from './NotificationItem';
import { useNotifications } from './NotificationsProvider';
import './notifications.css';

const PAGE = 50;

interface Page {
  items: AppNotification[];
  total: number;
  unread: number;
}

export function NotificationsPage() {
  const { t } = useTranslation('collaboration');
  const toasts = useToasts();
  const { unread, revision, markRead } = useNotifications();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState<Page | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    api.get<Page>(`/api/notifications?limit=${PAGE}${unreadOnly ? '&unread=true' : ''}`, abort.signal).then(setPage, (error: unknown) => {
      if (!abort.signal.aborted) toasts.showError(error);
    });
    return () => abort.abort();
  }, [unreadOnly, revision, toasts]);

  const read = (ids: string[] | null) => void markRead(ids).catch(toasts.showError);

  return (
    <section className="pages notifications-page" aria-labelledby="notifications-title">
      <h1 id="notifications-title">{t('notifications.title')}</h1>
      <div className="notifications-tools">
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} data-testid="notifications-unread-only" />
          {t('notifications.unreadOnly', { count: unread, formatted: formatNumber(unread) })}
        </label>
        <button type="button" disabled={unread === 0} onClick={() => read(null)}>
          {t('notifications.markAllRead')}
        </button>
      </div>
      {page === null ? (
        <p className="loading" role="status">{t('common:status.loading')}</p>
      ) : page.items.length === 0 ? (
        <p className="empty">{t(unreadOnly ? 'notifications.noneUnread' : 'notifications.none')}</p>
      ) : (
        <ul className="notification-list card" data-testid="notifications-list">
          {page.items.map((item) => (
            <NotificationItem key={item.id} notification={item} onRead={(id) => read([id])} />
          ))}
        </ul>
      )}
      <MuteSettings />
    </section>
  );
}

function MuteSettings() {
  const { t } = useTranslation('collaboration');
  const toasts = useToasts();
  const [muted, setMuted] = useState<Set<NotificationKind> | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api.get<{ muted: NotificationKind[] }>('/api/notifications/settings').then((settings) => setMuted(new Set(settings.muted)), toasts.showError);
  }, [toasts]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!muted) return;
    setSaving(true);
    try {
      const saved = await api.put<{ muted: NotificationKind[] }>('/api/notifications/settings', { muted: [...muted] });
      setMuted(new Set(saved.muted));
      toasts.show('success', t('settings.saved'));
    } catch (error) {
      toasts.showError(error);
    } finally {
      setSaving(false);
    }
  };

  if (!muted) return null;
  return (
    <form className="card mute-settings" onSubmit={save} aria-labelledby="mute-title">
      <h2 id="mute-title">{t('settings.title')}</h2>
      <fieldset>
        <legend>{t('settings.legend')}</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind} className="mute-kind">
            <input
              type="checkbox"
              checked={!muted.has(kind)}
              data-testid={`notify-kind-${kind}`}
              onChange={(event) => {
                const next = new Set(muted);
                if (event.target.checked) next.delete(kind);
                else next.add(kind);
                setMuted(next);
              }}
            />
            {t(`settings.kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={saving} data-testid="mute-save">
        {t('settings.save')}
      </button>
    </form>
  );
}

// The signed-in person's notifications, live: the unread count for the bell, and a revision that moves
// with every new notification (lists refetch on it). One stream per tab, GET /api/me/events; a lost
// connection is retried by EventSource itself, and the count is read again when it is back.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import type { AppNotification } from '../api/collaborationTypes';

interface NotificationsState {
  unread: number;
  /** Moves with every notification received or marked read: lists depend on it. */
  revision: number;
  /** The newest notification received live in this tab (announced to screen readers). */
  latest: AppNotification | null;
  /** Marks notifications read (`null`: all) and takes the new unread count. */
  markRead(ids: string[] | null): Promise<void>;
}

const NotificationsContext = createContext<NotificationsState | null>(null);

const parse = <T,>(data: string): T | null => {
  try {
    return JSON.parse(data) as T;
  } catch {
    return null;
  }
};

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [unread, setUnread] = useState(0);
  const [revision, setRevision] = useState(0);
  const [latest, setLatest] = useState<AppNotification | null>(null);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    let source: EventSource;
    try {
      source = new EventSource('/api/me/events');
    } catch {
      return;
    }
    source.addEventListener('unread', (message) => {
      const event = parse<{ unread: number }>((message as MessageEvent<string>).data);
      if (event && typeof event.unread === 'number') setUnread(event.unread);
    });
    source.addEventListener('notification', (message) => {
      const event = parse<{ notification: AppNotification; unread: number }>((message as MessageEvent<string>).data);
      if (!event || !event.notification) return;
      setUnread(event.unread);
      setLatest(event.notification);
      setRevision((value) => value + 1);
    });
    return () => source.close();
  }, []);

  const markRead = useCallback(async (ids: string[] | null) => {
    const result = await api.post<{ unread: number }>('/api/notifications/read', ids === null ? { all: true } : { ids });
    setUnread(result.unread);
    setRevision((value) => value + 1);
  }, []);

  const value = useMemo(() => ({ unread, revision, latest, markRead }), [unread, revision, latest, markRead]);
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): NotificationsState {
  const state = useContext(NotificationsContext);
  if (!state) throw new Error('useNotifications outside NotificationsProvider');
  return state;
}

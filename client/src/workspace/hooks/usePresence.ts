// Who edits where. Mine: the active segment is announced once the cursor settles there, refreshed
// every PRESENCE_MS, and withdrawn on leaving it (or the page). Others': from the event stream's
// presence events, as the names a row shows.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { presenceLabels, withPresence, type Presence } from '../../lib/presence';
import type { PresenceEvent } from '../types';
import { SETTLE_MS } from './settle';

const PRESENCE_MS = 10_000;

export function usePresence(userId: string, activeId: string | null, rememberName: (id: string, name: string) => void) {
  const [presence, setPresence] = useState<Presence>(() => new Map());
  /** Per segment id: the names of the others editing it. */
  const labels = useMemo(() => presenceLabels(presence), [presence]);

  const receive = useCallback(
    (event: PresenceEvent) => {
      if (event.user.id === userId) return;
      rememberName(event.user.id, event.user.name);
      setPresence((current) => withPresence(current, event));
    },
    [userId, rememberName],
  );

  useEffect(() => {
    if (!activeId) return;
    let announced = false;
    const send = (editing: boolean) => {
      announced = true;
      api.post(`/api/segments/${activeId}/presence`, { editing }).catch(() => {});
    };
    const first = window.setTimeout(() => send(true), SETTLE_MS * 2);
    const timer = window.setInterval(() => send(true), PRESENCE_MS);
    // Closing the tab runs no React cleanup: withdraw with a request that outlives the page.
    const leave = () => {
      if (!announced) return;
      void fetch(`/api/segments/${activeId}/presence`, {
        method: 'POST',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ editing: false }),
      }).catch(() => {});
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      window.clearTimeout(first);
      window.clearInterval(timer);
      if (announced) send(false);
    };
  }, [activeId]);

  return { labels, receive };
}

// The document's event stream (GET /api/documents/:id/events, server-sent events): segments saved by
// anyone, who is editing where, and comments written or resolved. Reconnecting after a loss asks for a
// reload, since events may have been missed meanwhile. The stream speaks the UI's language, so a change of language reconnects.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import type { CommentsEvent, PresenceEvent, SegmentsEvent } from '../types';
import { useLatest } from './useLatest';

export interface DocumentEventHandlers {
  segments(event: SegmentsEvent): void;
  presence(event: PresenceEvent): void;
  /** A comment on a segment was written or changed. */
  comments?(event: CommentsEvent): void;
  /** The connection is back after a loss. */
  reconnected(): void;
}

const parse = <T,>(data: string): T | null => {
  try {
    return JSON.parse(data) as T;
  } catch {
    return null;
  }
};

export function useDocumentEvents(documentId: string, handlers: DocumentEventHandlers): void {
  const { i18n } = useTranslation();
  const latest = useLatest(handlers);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    let source: EventSource;
    try {
      source = new EventSource(`/api/documents/${encodeURIComponent(documentId)}/events?lang=${currentLanguage()}`);
    } catch {
      return;
    }
    let lost = false;
    source.addEventListener('segments', (message) => {
      const event = parse<SegmentsEvent>((message as MessageEvent<string>).data);
      if (event && Array.isArray(event.segments)) latest.current.segments(event);
    });
    source.addEventListener('presence', (message) => {
      const event = parse<PresenceEvent>((message as MessageEvent<string>).data);
      if (event && event.user) latest.current.presence(event);
    });
    source.addEventListener('comments', (message) => {
      const event = parse<CommentsEvent>((message as MessageEvent<string>).data);
      if (event && typeof event.segmentId === 'string') latest.current.comments?.(event);
    });
    source.addEventListener('open', () => {
      if (lost) latest.current.reconnected();
      lost = false;
    });
    // A missing endpoint or a lost connection is not the translator's problem: EventSource retries
    // by itself where that makes sense, and the grid works without live updates.
    source.onerror = () => {
      lost = true;
    };
    return () => source.close();
  }, [documentId, i18n.language, latest]);
}

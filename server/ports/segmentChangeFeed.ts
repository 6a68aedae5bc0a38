// Live updates: who changed which segments of a document, and who is editing which segment now.
// The store publishes every committed segment change (commands/live/publishingStore.ts); the HTTP layer
// subscribes per document and streams to browsers (GET /api/documents/:id/events). The in-process
// feed (commands/live/inProcessFeed.ts) reaches the subscribers of this process; with LIVE_FEED=store it
// is shared with the other instances on the store through its change log (commands/live/liveFeeds.ts).

/** Segments of one document that changed, or whose stored QA result changed. */
export interface SegmentChangeNotice {
  type: 'segments';
  documentId: string;
  segmentIds: readonly string[];
  /** Who made the change; null for a system action (an MT proposal) or a QA result alone. */
  actorId: string | null;
  /** `change`: the segment was saved (with its event); `qa`: only its stored QA result was replaced. */
  cause: 'change' | 'qa';
}

/** Someone started (or stopped) editing a segment. */
export interface PresenceNotice {
  type: 'presence';
  documentId: string;
  segmentId: string;
  segmentIndex: number;
  user: { id: string; name: string };
  editing: boolean;
}

export type LiveNotice = SegmentChangeNotice | PresenceNotice;

export interface SegmentChangeFeed {
  /** Delivers to the document's subscribers; never throws (a failing subscriber cannot undo a commit). */
  publish(notice: LiveNotice): void;
  /** Calls `listener` with every notice of the document from now on; returns the unsubscribe function. */
  subscribe(documentId: string, listener: (notice: LiveNotice) => void): () => void;
}

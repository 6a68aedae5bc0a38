// Live updates: who changed which segments of a document, who is editing which segment now, new comments,
// and each person's new notifications.
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

/** A comment on a segment of the document was written or changed (resolved, edited). */
export interface CommentNotice {
  type: 'comments';
  documentId: string;
  segmentId: string;
  commentId: string;
}

export type LiveNotice = SegmentChangeNotice | PresenceNotice | CommentNotice;

/** A notification was stored for one person: their own channel, not a document's. */
export interface NotificationNotice {
  type: 'notification';
  userId: string;
  notificationId: string;
}

export type UserNotice = NotificationNotice;

export interface SegmentChangeFeed {
  /**
   * Delivers to the subscribers of the notice's document (or, for a user notice, of its user); never
   * throws (a failing subscriber cannot undo a commit).
   */
  publish(notice: LiveNotice | UserNotice): void;
  /** Calls `listener` with every notice of the document from now on; returns the unsubscribe function. */
  subscribe(documentId: string, listener: (notice: LiveNotice) => void): () => void;
  /** Calls `listener` with every notice for the user from now on (GET /api/me/events); returns the unsubscribe function. */
  subscribeUser(userId: string, listener: (notice: UserNotice) => void): () => void;
}

// The JSON shapes of live updates (GET /api/documents/:id/events) and of who is editing what.
import type { PresenceEntry } from '../../commands/live/presenceRegistry';
import type { CommentsUpdate, PresenceUpdate, SegmentsUpdate } from '../../commands/live/watchDocument';
import type { Language } from '../../i18n';
import { presentSegments } from './segment';

/** `event: segments`: the changed segments exactly as GET /api/documents/:id/segments lists them. */
export const presentSegmentsUpdate = (update: SegmentsUpdate, lang: Language) => ({
  segments: presentSegments(update.segments, lang, update.qa),
  actorId: update.actorId,
});

/** `event: presence` */
export const presentPresence = (update: PresenceUpdate) => ({
  segmentId: update.segmentId,
  segmentIndex: update.segmentIndex,
  user: { id: update.user.id, name: update.user.name },
  editing: update.editing,
});

/** `event: comments`: a segment's comment counts after a comment was written or changed. */
export const presentCommentsUpdate = (update: CommentsUpdate) => ({
  segmentId: update.counts.segmentId,
  commentId: update.commentId,
  comments: update.counts.comments,
  openThreads: update.counts.openThreads,
});

/** An item of GET /api/overview/activity. */
export const presentActivity = (entry: PresenceEntry) => ({
  documentId: entry.documentId,
  segmentId: entry.segmentId,
  segmentIndex: entry.segmentIndex,
  user: { id: entry.user.id, name: entry.user.name },
  since: entry.since,
});

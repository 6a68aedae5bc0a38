// The store, with every committed segment change announced on the change feed. All segment writes go
// through `segments.applyChanges` (edit, confirm, approve, reject, lock, unlock, propagation, MT proposals,
// bulk approval, context marks), so decorating it is enough; a submitted document (createWithSegments)
// has nobody watching it yet. A replaced QA result is announced too (cause `qa`): the issues shown with a
// segment are stored just after the segment itself. Comments are announced to their document's watchers,
// notifications to their recipient. A source revision announces the segments whose source it changed
// (their new version reaches open workspaces like an edit does).
import type { QaResult } from '../../domain/qa/results';
import type { CommentRepository } from '../../ports/commentRepository';
import type { NotificationRepository } from '../../ports/notificationRepository';
import type { QaResultRepository } from '../../ports/qaResultRepository';
import type { SegmentChange, SegmentRepository, Store } from '../../ports/repositories';
import type { RevisionRepository } from '../../ports/revisionRepository';
import type { SegmentChangeFeed, SegmentChangeNotice } from '../../ports/segmentChangeFeed';

/** Segment ids by document, each once, in the order first met (sets: a returned XLIFF file brings 10,000). */
function byDocument(items: readonly { documentId: string; segmentId: string }[]): Map<string, string[]> {
  const groups = new Map<string, Set<string>>();
  for (const { documentId, segmentId } of items) {
    const ids = groups.get(documentId) ?? new Set<string>();
    ids.add(segmentId);
    groups.set(documentId, ids);
  }
  return new Map([...groups].map(([documentId, ids]) => [documentId, [...ids]]));
}

/** One notice per (document, actor): a bulk change may mix actors (propagation keeps the person). */
function announceChanges(feed: SegmentChangeFeed, changes: readonly SegmentChange[]): void {
  const byActor = new Map<string | null, { documentId: string; segmentId: string }[]>();
  for (const change of changes) {
    const mine = byActor.get(change.event.actorId) ?? [];
    mine.push({ documentId: change.segment.documentId, segmentId: change.segment.id });
    byActor.set(change.event.actorId, mine);
  }
  for (const [actorId, mine] of byActor) {
    for (const [documentId, segmentIds] of byDocument(mine)) feed.publish({ type: 'segments', documentId, segmentIds, actorId, cause: 'change' });
  }
}

function announceQa(feed: SegmentChangeFeed, results: readonly QaResult[]): void {
  for (const [documentId, segmentIds] of byDocument(results)) {
    const notice: SegmentChangeNotice = { type: 'segments', documentId, segmentIds, actorId: null, cause: 'qa' };
    feed.publish(notice);
  }
}

function publishingSegments(inner: SegmentRepository, feed: SegmentChangeFeed): SegmentRepository {
  return {
    findById: (id) => inner.findById(id),
    findByIds: (ids) => inner.findByIds(ids),
    page: (query) => inner.page(query),
    listByDocument: (documentId, states) => inner.listByDocument(documentId, states),
    async applyChanges(changes) {
      await inner.applyChanges(changes);
      announceChanges(feed, changes);
    },
    appendEvents: (events) => inner.appendEvents(events),
    history: (segmentId) => inner.history(segmentId),
    findBySourceKeys: (projectId, sourceKeys, states) => inner.findBySourceKeys(projectId, sourceKeys, states),
    approvedRevision: (projectId) => inner.approvedRevision(projectId),
    existingSourceKeys: (projectId, sourceKeys, submittedBefore) => inner.existingSourceKeys(projectId, sourceKeys, submittedBefore),
    summarize: (documentIds) => inner.summarize(documentIds),
    listApprovals: (documentIds, since) => inner.listApprovals(documentIds, since),
  };
}

function publishingQaResults(inner: QaResultRepository, feed: SegmentChangeFeed): QaResultRepository {
  return {
    async upsertMany(results) {
      await inner.upsertMany(results);
      announceQa(feed, results);
    },
    findBySegment: (segmentId) => inner.findBySegment(segmentId),
    findBySegments: (segmentIds) => inner.findBySegments(segmentIds),
    summarizeByDocuments: (documentIds) => inner.summarizeByDocuments(documentIds),
  };
}

/** A comment written or changed is announced to its document's watchers. */
function publishingComments(inner: CommentRepository, feed: SegmentChangeFeed): CommentRepository {
  const announce = (comment: { documentId: string; segmentId: string; id: string }) =>
    feed.publish({ type: 'comments', documentId: comment.documentId, segmentId: comment.segmentId, commentId: comment.id });
  return {
    async create(comment) {
      await inner.create(comment);
      announce(comment);
    },
    async update(comment) {
      await inner.update(comment);
      announce(comment);
    },
    findById: (id) => inner.findById(id),
    listBySegment: (segmentId) => inner.listBySegment(segmentId),
    countByDocument: (documentId) => inner.countByDocument(documentId),
  };
}

/** A stored notification is announced on its recipient's own channel (GET /api/me/events). */
function publishingNotifications(inner: NotificationRepository, feed: SegmentChangeFeed): NotificationRepository {
  return {
    async create(notification) {
      const stored = await inner.create(notification);
      if (stored) feed.publish({ type: 'notification', userId: notification.userId, notificationId: notification.id });
      return stored;
    },
    findById: (id) => inner.findById(id),
    page: (query) => inner.page(query),
    countUnread: (userId) => inner.countUnread(userId),
    markRead: (userId, ids, at) => inner.markRead(userId, ids, at),
    findSettings: (userId) => inner.findSettings(userId),
    saveSettings: (settings) => inner.saveSettings(settings),
  };
}

/** A source revision's changed segments are announced like edits. */
function publishingRevisions(inner: RevisionRepository, feed: SegmentChangeFeed): RevisionRepository {
  return {
    async apply(write) {
      await inner.apply(write);
      announceChanges(feed, write.changes);
    },
    listByDocument: (documentId) => inner.listByDocument(documentId),
    latest: (documentId) => inner.latest(documentId),
    findRemovedSegment: (segmentId) => inner.findRemovedSegment(segmentId),
  };
}

/** The same store, its segment, QA, comment, notification and revision writes announced on `feed` once committed. */
export function withChangeFeed(store: Store, feed: SegmentChangeFeed): Store {
  return {
    ...store,
    segments: publishingSegments(store.segments, feed),
    qaResults: publishingQaResults(store.qaResults, feed),
    comments: publishingComments(store.comments, feed),
    notifications: publishingNotifications(store.notifications, feed),
    revisions: publishingRevisions(store.revisions, feed),
  };
}

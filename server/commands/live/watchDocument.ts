// Watching a document: what its open workspaces are told live. Segment changes arriving within
// `batchMs` (50 ms) of the first one are read once and delivered together, one update per actor, with
// their stored QA results; presence is delivered as it happens, after a snapshot of who is editing now;
// a new or changed comment brings its segment's comment counts. Access is checked when the watch is
// opened, again before each delivery of segments or comments, and at once when the watcher's account
// changes (roles, deactivation). The watch ends the moment the session or token that opened it ends
// (logout, revocation, password change, deactivation).
import { countComments, type SegmentCommentCount } from '../../domain/comments/types';
import type { QaResult } from '../../domain/qa/results';
import { NotFound } from '../../domain/errors';
import type { Segment } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import type { AccountChangeFeed, AccountNotice } from '../../ports/accountChangeFeed';
import type { LiveNotice, PresenceNotice, SegmentChangeFeed } from '../../ports/segmentChangeFeed';
import type { CommandContext } from '../context';
import { qaResultsOf } from '../qa/readResults';
import { loadDocument } from '../documents/access';
import type { PresenceRegistry } from './presenceRegistry';

export interface LiveDeps {
  changeFeed: SegmentChangeFeed;
  presence: PresenceRegistry;
  /** Ended sessions and changed accounts (ports/accountChangeFeed.ts). */
  accountFeed: AccountChangeFeed;
}

export interface SegmentsUpdate {
  type: 'segments';
  /** In index order. */
  segments: Segment[];
  qa: Map<string, QaResult>;
  /** Who changed them; null for a system action or when only QA results changed. */
  actorId: string | null;
}

/** Someone started or stopped editing a segment of the document. */
export type PresenceUpdate = Omit<PresenceNotice, 'documentId'>;

/** A comment on a segment was written or changed: the segment's counts as they are now. */
export interface CommentsUpdate {
  type: 'comments';
  commentId: string;
  counts: SegmentCommentCount;
}

export type DocumentUpdate = SegmentsUpdate | PresenceUpdate | CommentsUpdate;

export interface DocumentWatchHandlers {
  update(update: DocumentUpdate): void;
  /** The watcher lost access to the document, or their session ended: no more updates will come. */
  end(): void;
  /** A delivery failed (the store is unreachable …); the watch goes on. */
  error(error: unknown): void;
}

export interface DocumentWatch {
  /** Subscribes, delivers the presence snapshot at once, then live updates; returns the stop function. */
  start(handlers: DocumentWatchHandlers): () => void;
}

export interface WatchDocumentProps {
  user: User;
  /** The public id of the session or token that opens the watch: the watch ends with it. */
  sessionId: string;
  documentId: string;
  /** How long to gather segment changes before reading them (ms). */
  batchMs?: number;
}

/** Checks that the user may read the document (NotFound otherwise) and prepares the watch. */
export async function openDocumentWatch(ctx: CommandContext, live: LiveDeps, props: WatchDocumentProps): Promise<DocumentWatch> {
  await loadDocument(ctx, props.user, props.documentId);
  const batchMs = props.batchMs ?? 50;
  return {
    start(handlers) {
      /** Segment ids waiting to be read, with who changed them (undefined: only their QA result changed). */
      let pending = new Map<string, string | null | undefined>();
      let timer: NodeJS.Timeout | null = null;
      let delivery = Promise.resolve();
      let stopped = false;
      /** The watcher as last read: a change of roles is seen by the next check. */
      let user = props.user;

      const finish = () => {
        if (stopped) return;
        stop();
        handlers.end();
      };

      /** False (after ending the watch) when the watcher may no longer read the document. */
      const stillAllowed = async (): Promise<boolean> => {
        try {
          await loadDocument(ctx, user, props.documentId);
          return true;
        } catch (error) {
          if (!(error instanceof NotFound)) throw error;
          finish();
          return false;
        }
      };

      const recheckAccount = async () => {
        if (stopped) return;
        const fresh = await ctx.store.users.findById(user.id);
        if (!fresh || !fresh.active) return finish();
        user = fresh;
        await stillAllowed();
      };

      const deliver = async (batch: Map<string, string | null | undefined>) => {
        if (stopped || !(await stillAllowed())) return;
        const segments = (await ctx.store.segments.findByIds([...batch.keys()]))
          .filter((segment) => segment.documentId === props.documentId)
          .sort((a, b) => a.index - b.index);
        const qa = await qaResultsOf(ctx, segments);
        const actors = [...new Set(segments.map((segment) => batch.get(segment.id) ?? null))];
        for (const actorId of actors) {
          if (stopped) return;
          handlers.update({ type: 'segments', segments: segments.filter((segment) => (batch.get(segment.id) ?? null) === actorId), qa, actorId });
        }
      };

      const deliverComments = async (segmentId: string, commentId: string) => {
        if (stopped || !(await stillAllowed())) return;
        const counts = countComments(segmentId, await ctx.store.comments.listBySegment(segmentId));
        if (!stopped) handlers.update({ type: 'comments', commentId, counts });
      };

      const flush = () => {
        timer = null;
        const batch = pending;
        pending = new Map();
        delivery = delivery.then(() => deliver(batch)).catch((error: unknown) => handlers.error(error));
      };

      const listener = (notice: LiveNotice) => {
        if (notice.type === 'presence') {
          const { documentId: _documentId, ...update } = notice;
          handlers.update(update);
          return;
        }
        if (notice.type === 'comments') {
          const { segmentId, commentId } = notice;
          delivery = delivery.then(() => deliverComments(segmentId, commentId)).catch((error: unknown) => handlers.error(error));
          return;
        }
        for (const segmentId of notice.segmentIds) {
          if (notice.cause === 'change') pending.set(segmentId, notice.actorId);
          else if (!pending.has(segmentId)) pending.set(segmentId, undefined);
        }
        timer ??= setTimeout(flush, batchMs);
      };

      const accountListener = (notice: AccountNotice) => {
        if (notice.type === 'sessions_ended') {
          if (notice.sessionIds.includes(props.sessionId)) finish();
          return;
        }
        delivery = delivery.then(recheckAccount).catch((error: unknown) => handlers.error(error));
      };

      const unsubscribe = live.changeFeed.subscribe(props.documentId, listener);
      const unsubscribeAccount = live.accountFeed.subscribe(user.id, accountListener);
      function stop() {
        if (stopped) return;
        stopped = true;
        unsubscribe();
        unsubscribeAccount();
        if (timer) clearTimeout(timer);
      }

      for (const entry of live.presence.inDocument(props.documentId)) {
        handlers.update({ type: 'presence', segmentId: entry.segmentId, segmentIndex: entry.segmentIndex, user: entry.user, editing: true });
      }
      return stop;
    },
  };
}

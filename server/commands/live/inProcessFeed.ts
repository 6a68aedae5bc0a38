// The feeds of one server process: a node EventEmitter, one event name per key (a document for segment
// changes and comments, a user for notifications and for account changes). Enough for a single instance
// (LIVE_FEED=process); several instances on one store share these feeds through the store
// (changeLogBridge.ts, LIVE_FEED=store).
import { EventEmitter } from 'node:events';
import type { AccountChangeFeed, AccountNotice } from '../../ports/accountChangeFeed';
import type { LiveNotice, SegmentChangeFeed, UserNotice } from '../../ports/segmentChangeFeed';

type OnListenerError = (error: unknown) => void;

const logListenerError: OnListenerError = (error) => console.error('live update listener failed:', error);

/** Notices delivered to the listeners of their key (the shape of the segment and account feeds). */
export interface KeyedFeed<N> {
  publish(notice: N): void;
  subscribe(key: string, listener: (notice: N) => void): () => void;
}

/** Delivers each notice to the listeners of its key; a throwing listener is reported, the others still get it. */
function createKeyedFeed<N>(keyOf: (notice: N) => string, onListenerError: OnListenerError): KeyedFeed<N> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0); // one listener per open browser tab: no leak warning
  return {
    publish(notice) {
      for (const listener of emitter.listeners(keyOf(notice)) as ((notice: N) => void)[]) {
        try {
          listener(notice);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(key, listener) {
      emitter.on(key, listener);
      return () => void emitter.off(key, listener);
    },
  };
}

/** Documents and users share one feed: a user's key has a prefix no document id has. */
const userKey = (userId: string): string => `user\u0000${userId}`;
const keyOfNotice = (notice: LiveNotice | UserNotice): string => (notice.type === 'notification' ? userKey(notice.userId) : notice.documentId);

export function createInProcessFeed(onListenerError: OnListenerError = logListenerError): SegmentChangeFeed {
  const feed = createKeyedFeed<LiveNotice | UserNotice>(keyOfNotice, onListenerError);
  return {
    publish: (notice) => feed.publish(notice),
    subscribe: (documentId, listener) => feed.subscribe(documentId, listener as (notice: LiveNotice | UserNotice) => void),
    subscribeUser: (userId, listener) => feed.subscribe(userKey(userId), listener as (notice: LiveNotice | UserNotice) => void),
  };
}

// Every notice goes out under its user and under ALL_USERS, a key no user id has.
const ALL_USERS = '\u0000all';

export function createInProcessAccountFeed(onListenerError: OnListenerError = logListenerError): AccountChangeFeed {
  const feed = createKeyedFeed<AccountNotice>((notice) => notice.userId, onListenerError);
  const everyone = createKeyedFeed<AccountNotice>(() => ALL_USERS, onListenerError);
  return {
    publish(notice) {
      everyone.publish(notice);
      feed.publish(notice);
    },
    subscribe: (userId, listener) => feed.subscribe(userId, listener),
    subscribeAll: (listener) => everyone.subscribe(ALL_USERS, listener),
  };
}

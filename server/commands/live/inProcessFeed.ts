// The change feed of one server process: a node EventEmitter, one event name per document and per user. Enough for
// the single-process server Nysa runs as; several processes behind a balancer would need a shared bus
// (MongoDB change streams, Redis …) behind the same port.
import { EventEmitter } from 'node:events';
import type { LiveNotice, SegmentChangeFeed, UserNotice } from '../../ports/segmentChangeFeed';

/** Documents and users share one emitter: a user's channel has a prefix no document id has. */
const channelOf = (notice: LiveNotice | UserNotice): string => (notice.type === 'notification' ? userChannel(notice.userId) : notice.documentId);
const userChannel = (userId: string): string => `user\u0000${userId}`;

export function createInProcessFeed(onListenerError: (error: unknown) => void = (error) => console.error('live update listener failed:', error)): SegmentChangeFeed {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0); // one listener per open browser tab on a document: no leak warning
  return {
    publish(notice) {
      for (const listener of emitter.listeners(channelOf(notice)) as ((notice: LiveNotice | UserNotice) => void)[]) {
        try {
          listener(notice);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(documentId, listener) {
      emitter.on(documentId, listener);
      return () => void emitter.off(documentId, listener);
    },
    subscribeUser(userId, listener) {
      emitter.on(userChannel(userId), listener);
      return () => void emitter.off(userChannel(userId), listener);
    },
  };
}

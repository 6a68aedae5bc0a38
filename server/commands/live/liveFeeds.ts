// The live feeds of one instance, as the configuration asks (LIVE_FEED): `process` keeps them inside this
// process; `store` joins them with the other instances on the same store through its change log
// (changeLogBridge.ts), so that an edit, a presence notice or an ended session seen by one instance
// reaches the watchers of every instance. docs/deployment.md says when which is right.
import type { Config } from '../../config';
import type { AccountChangeFeed, AccountNotice } from '../../ports/accountChangeFeed';
import type { Store } from '../../ports/repositories';
import type { LiveNotice, SegmentChangeFeed, UserNotice } from '../../ports/segmentChangeFeed';
import type { Clock } from '../../ports/system';
import { ChangeLogBridge, shareFeed } from './changeLogBridge';
import { createInProcessAccountFeed, createInProcessFeed } from './inProcessFeed';
import { PresenceRegistry, type PresenceChannel, type PresenceSignal } from './presenceRegistry';

export interface LiveFeeds {
  /** Segment changes, presence and comments by document, notifications by user: the store publishes on it, watches subscribe. */
  changeFeed: SegmentChangeFeed;
  /** Ended sessions and changed accounts, by user. */
  accountFeed: AccountChangeFeed;
  /** Who is editing what, on every instance. */
  presence: PresenceRegistry;
  close(): Promise<void>;
}

export type LiveFeedConfig = Pick<Config, 'instanceId' | 'live'>;

export async function startLiveFeeds(config: LiveFeedConfig, store: Pick<Store, 'changeLog'>, clock: Clock): Promise<LiveFeeds> {
  // Presence is announced to this instance's watchers only: every instance's registry announces what it learns.
  const localChanges = createInProcessFeed();
  if (config.live.feed === 'process') {
    const presence = new PresenceRegistry(clock, localChanges);
    return {
      changeFeed: localChanges,
      accountFeed: createInProcessAccountFeed(),
      presence,
      close: async () => presence.close(),
    };
  }
  const bridge = new ChangeLogBridge(store.changeLog, clock, { origin: config.instanceId, pollMs: config.live.pollMs, retentionMs: config.live.retentionMs });
  const channel: PresenceChannel = {
    send: (signal) => bridge.send('presence', signal),
    receive: (listener) => bridge.receive('presence', (notice) => listener(notice as PresenceSignal)),
  };
  const presence = new PresenceRegistry(clock, localChanges, { channel });
  const changeFeed = shareFeed<LiveNotice | UserNotice, SegmentChangeFeed>(bridge, 'segments', localChanges);
  const accountFeed = shareFeed<AccountNotice, AccountChangeFeed>(bridge, 'accounts', createInProcessAccountFeed());
  await bridge.start();
  return {
    changeFeed,
    accountFeed,
    presence,
    async close() {
      presence.close();
      await bridge.close();
    },
  };
}

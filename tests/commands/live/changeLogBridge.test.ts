// The live feeds of two instances on one SQLite file (commands/live/liveFeeds.ts, changeLogBridge.ts):
// what one publishes reaches the other's subscribers through the store's change log, once, and presence
// started on one is known to, announced by and expired on the other.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLiveFeeds, type LiveFeeds } from '../../../server/commands/live/liveFeeds';
import type { AccountNotice } from '../../../server/ports/accountChangeFeed';
import type { Store } from '../../../server/ports/repositories';
import type { LiveNotice, UserNotice } from '../../../server/ports/segmentChangeFeed';
import type { Clock } from '../../../server/ports/system';
import { createSqliteStore } from '../../../server/storage/sqlite';

const POLL_MS = 10;

/** A clock the test moves by hand. */
class ManualClock implements Clock {
  private at = Date.parse('2026-03-01T10:00:00.000Z');
  now = () => new Date(this.at);
  advance(ms: number): void {
    this.at += ms;
  }
}

/** Waits (up to 5 s) until `list` holds `count` items; returns it. */
async function atLeast<T>(list: T[], count: number): Promise<T[]> {
  for (const deadline = Date.now() + 5_000; list.length < count && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  return list;
}

/** Every notice of the document the instance's subscribers receive from now on. */
function watch(live: LiveFeeds, documentId: string): LiveNotice[] {
  const received: LiveNotice[] = [];
  live.changeFeed.subscribe(documentId, (notice) => received.push(notice));
  return received;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20 * POLL_MS));

const edit = (documentId: string, segmentIds: string[]): LiveNotice => ({ type: 'segments', documentId, segmentIds, actorId: 'u1', cause: 'change' });
const target = { documentId: 'd1', projectId: 'p1', segmentId: 's1', segmentIndex: 0, user: { id: 'u1', name: 'Ola' } };

describe('live feeds shared through the store (LIVE_FEED=store)', () => {
  let dir: string;
  let stores: Store[];
  let feeds: LiveFeeds[];
  let clock: ManualClock;

  const start = async (instanceId: string, feed: 'store' | 'process' = 'store') => {
    const store = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
    stores.push(store);
    const live = await startLiveFeeds({ instanceId, live: { feed, pollMs: POLL_MS, retentionMs: 60_000 } }, store, clock);
    feeds.push(live);
    return live;
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'nysa-live-'));
    stores = [];
    feeds = [];
    clock = new ManualClock();
  });
  afterEach(async () => {
    for (const live of feeds) await live.close();
    for (const store of stores) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('appends what is published until the event loop turns in one write, in publishing order', async () => {
    const a = await start('a');
    const b = await start('b');
    const onB = watch(b, 'd1');
    const log = stores[0]!.changeLog;
    const append = log.append.bind(log);
    const appends: number[] = [];
    log.append = async (entries) => {
      appends.push(entries.length);
      return append(entries);
    };

    // Three saves answered in one turn, each publishing its change and then its QA result after awaits.
    await Promise.all(
      [1, 2, 3].map(async (n) => {
        await Promise.resolve();
        a.changeFeed.publish(edit('d1', [`s${n}`]));
        await Promise.resolve();
        a.changeFeed.publish(edit('d1', [`q${n}`]));
      }),
    );

    expect(await atLeast(onB, 6)).toEqual(['s1', 's2', 's3', 'q1', 'q2', 'q3'].map((id) => edit('d1', [id])));
    expect(appends).toEqual([6]);
  });

  it('delivers a segment change published on A to the subscribers of its document on B, once, and at once on A', async () => {
    const a = await start('a');
    const b = await start('b');
    const onA = watch(a, 'd1');
    const onB = watch(b, 'd1');
    const onBOther = watch(b, 'd2');

    a.changeFeed.publish(edit('d1', ['s1']));
    a.changeFeed.publish(edit('d1', ['s2', 's3']));
    expect(onA).toEqual([edit('d1', ['s1']), edit('d1', ['s2', 's3'])]);

    expect(await atLeast(onB, 2)).toEqual([edit('d1', ['s1']), edit('d1', ['s2', 's3'])]);
    await settle();
    expect(onA).toHaveLength(2);
    expect(onB).toHaveLength(2);
    expect(onBOther).toEqual([]);
  });

  it('delivers an account notice published on B to the subscribers of that user on A', async () => {
    const a = await start('a');
    const b = await start('b');
    const onA: AccountNotice[] = [];
    a.accountFeed.subscribe('u1', (notice) => onA.push(notice));
    const notice: AccountNotice = { type: 'sessions_ended', userId: 'u1', sessionIds: ['session-1'] };

    b.accountFeed.publish(notice);

    expect(await atLeast(onA, 1)).toEqual([notice]);
  });

  it('delivers a comment to its document’s subscribers and a notification to its recipient on the other instance', async () => {
    const a = await start('a');
    const b = await start('b');
    const onB = watch(b, 'd1');
    const forUser: UserNotice[] = [];
    b.changeFeed.subscribeUser('u2', (notice) => forUser.push(notice));
    const comment: LiveNotice = { type: 'comments', documentId: 'd1', segmentId: 's1', commentId: 'c1' };
    const notification: UserNotice = { type: 'notification', userId: 'u2', notificationId: 'n1' };

    a.changeFeed.publish(comment);
    a.changeFeed.publish(notification);

    expect(await atLeast(onB, 1)).toEqual([comment]);
    expect(await atLeast(forUser, 1)).toEqual([notification]);
  });

  it('keeps feeds apart with LIVE_FEED=process: nothing reaches the other instance', async () => {
    const a = await start('a', 'process');
    const b = await start('b', 'process');
    const onB = watch(b, 'd1');

    a.changeFeed.publish(edit('d1', ['s1']));
    await settle();

    expect(onB).toEqual([]);
    expect(await stores[0].changeLog.prune('9999-01-01T00:00:00.000Z')).toBe(0);
  });

  it('makes presence started on A known on B, announced to its watchers, and ended there when A ends it', async () => {
    const a = await start('a');
    const b = await start('b');
    const onB = watch(b, 'd1');

    a.presence.update(target, true);
    await atLeast(onB, 1);
    expect(b.presence.inDocument('d1')).toEqual([{ ...target, since: '2026-03-01T10:00:00.000Z' }]);

    a.presence.update(target, false);
    await atLeast(onB, 2);
    expect(onB).toEqual([
      { type: 'presence', documentId: 'd1', segmentId: 's1', segmentIndex: 0, user: target.user, editing: true },
      { type: 'presence', documentId: 'd1', segmentId: 's1', segmentIndex: 0, user: target.user, editing: false },
    ]);
    expect(b.presence.inDocument('d1')).toEqual([]);
  });

  it('expires on B a presence that A stopped refreshing (A gone), 30 s after its last refresh arrived', async () => {
    const a = await start('a');
    const b = await start('b');
    const onB = watch(b, 'd1');
    a.presence.update(target, true);
    await atLeast(onB, 1);
    await a.close();

    clock.advance(29_000);
    expect(b.presence.inDocument('d1')).toHaveLength(1);
    clock.advance(1_000);
    expect(b.presence.inDocument('d1')).toEqual([]);
    expect(onB.map((notice) => notice.type === 'presence' && notice.editing)).toEqual([true, false]);
  });
});

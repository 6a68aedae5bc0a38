// The SQLite change log writes only what some follower reads (storage/sqlite/changeLog.ts, migration
// 019): an instance alone on its file, following only the others' notices, writes none of its own. Every
// follower is registered while it follows and renews its row every heartbeat; one not heard of for
// `goneAfterMs` no longer counts. Two connections to one file stand for two instances.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChangeLogEntry, ChangeLogFollower } from '../../server/ports/changeLog';
import { createChangeLogRepository, type FollowerTiming } from '../../server/storage/sqlite/changeLog';
import { openDatabase, type Db } from '../../server/storage/sqlite/database';

let dir: string;
let dbA: Db;
let dbB: Db;
/** Milliseconds since 1970, as both instances' followers see them. */
let now: number;
const timing: FollowerTiming = { now: () => now, heartbeatMs: 5_000, goneAfterMs: 60_000, recheckMs: 0 };
const followers: ChangeLogFollower[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nysa-change-log-'));
  dbA = openDatabase(path.join(dir, 'nysa.sqlite'));
  dbB = openDatabase(path.join(dir, 'nysa.sqlite'));
  now = Date.parse('2026-12-04T10:00:00.000Z');
});
afterEach(async () => {
  for (const follower of followers.splice(0)) await follower.stop();
  dbB.close();
  dbA.close();
  rmSync(dir, { recursive: true, force: true });
});

const entry = (origin: string, n: number): ChangeLogEntry => ({ topic: 'segments', origin, payload: { n }, at: '2026-12-04T10:00:00.000Z' });
/** The payloads written to the file, in revision order. */
const written = () => dbA.prepare<[], { payload: string }>('SELECT payload FROM change_log ORDER BY revision').all().map((row) => JSON.parse(row.payload));
const registered = () => dbA.prepare<[], { except_origin: string | null; seen_at: number }>('SELECT except_origin, seen_at FROM change_log_followers ORDER BY seen_at').all();

/** Follows the log of `db` (polling every 10 ms of real time); returns what arrives. */
function follow(db: Db, exceptOrigin?: string, timingOf: FollowerTiming = timing) {
  const entries: ChangeLogEntry[] = [];
  const errors: unknown[] = [];
  const follower = createChangeLogRepository(db, timingOf).follow((batch) => entries.push(...batch), { pollMs: 10, onError: (error) => errors.push(error), exceptOrigin });
  followers.push(follower);
  return { entries, errors, follower };
}
const polls = () => new Promise((resolve) => setTimeout(resolve, 60));

describe('the SQLite change log writes what a follower reads', () => {
  it('writes nothing while nobody follows', async () => {
    await createChangeLogRepository(dbA, timing).append([entry('instance-a', 1), entry('instance-a', 2)]);

    expect(written()).toEqual([]);
  });

  it("writes none of A's notices while A's own follower, which leaves them out, is the only one; B's are written", async () => {
    follow(dbA, 'instance-a');
    await createChangeLogRepository(dbA, timing).append([entry('instance-a', 1)]);
    await createChangeLogRepository(dbB, timing).append([entry('instance-b', 2)]);

    expect(written()).toEqual([{ n: 2 }]);
  });

  it("writes A's notices once B follows, on the other connection, and B receives them", async () => {
    const log = createChangeLogRepository(dbA, timing);
    follow(dbA, 'instance-a');
    await log.append([entry('instance-a', 1)]);
    const onB = follow(dbB, 'instance-b');
    await log.append([entry('instance-a', 2), entry('instance-a', 3)]);
    await polls();

    expect(written()).toEqual([{ n: 2 }, { n: 3 }]);
    expect(onB.entries.map((each) => each.payload)).toEqual([{ n: 2 }, { n: 3 }]);
    expect(onB.errors).toEqual([]);
  });

  it('writes every origin for a follower that leaves none out, and of a mixed batch only the origins someone reads', async () => {
    follow(dbB, 'instance-b');
    await createChangeLogRepository(dbA, timing).append([entry('instance-a', 1), entry('instance-b', 2), entry('instance-a', 3)]);
    expect(written()).toEqual([{ n: 1 }, { n: 3 }]);

    follow(dbB);
    await createChangeLogRepository(dbA, timing).append([entry('instance-b', 4)]);
    expect(written()).toEqual([{ n: 1 }, { n: 3 }, { n: 4 }]);
  });

  it('stops writing for a follower that stopped', async () => {
    const onB = follow(dbB, 'instance-b');
    await onB.follower.stop();
    await createChangeLogRepository(dbA, timing).append([entry('instance-a', 1)]);

    expect(written()).toEqual([]);
    expect(registered()).toEqual([]);
  });

  it('stops writing for a follower not heard of for a minute (a killed process), and writes again once it renews its row', async () => {
    const log = createChangeLogRepository(dbA, timing);
    const registeredAt = now;
    const onB = follow(dbB, 'instance-b');
    now += 60_000;
    await log.append([entry('instance-a', 1)]);
    now += 1;
    await log.append([entry('instance-a', 2)]);
    expect(written()).toEqual([{ n: 1 }]);
    expect(registered()).toEqual([{ except_origin: 'instance-b', seen_at: registeredAt }]);

    await polls(); // its next poll renews the row: more than a heartbeat has passed
    await log.append([entry('instance-a', 3)]);
    await polls();

    expect(registered()).toEqual([{ except_origin: 'instance-b', seen_at: now }]);
    expect(written()).toEqual([{ n: 1 }, { n: 3 }]);
    expect(onB.entries.map((each) => each.payload)).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it('believes an origin unread for recheckMs without asking, and a follower is ready only once every instance asks again', async () => {
    const believing: FollowerTiming = { ...timing, recheckMs: 300 };
    const log = createChangeLogRepository(dbA, believing);
    await log.append([entry('instance-a', 1)]); // nobody follows: A remembers it
    const registered = performance.now();
    const onB = follow(dbB, 'instance-b', believing);
    await log.append([entry('instance-a', 2)]); // A has not asked again yet
    expect(written()).toEqual([]);

    await onB.follower.ready;
    expect(performance.now() - registered).toBeGreaterThanOrEqual(300);
    await log.append([entry('instance-a', 3)]);
    await polls();

    expect(written()).toEqual([{ n: 3 }]);
    expect(onB.entries.map((each) => each.payload)).toEqual([{ n: 3 }]);
  });

  it("forgets what it believed when a follower registers on its own connection", async () => {
    const believing: FollowerTiming = { ...timing, recheckMs: 60_000 };
    const log = createChangeLogRepository(dbA, believing);
    await log.append([entry('instance-b', 1)]);
    followers.push(log.follow(() => {}, { pollMs: 10, onError: (error) => { throw error; }, exceptOrigin: 'instance-a' }));
    await log.append([entry('instance-b', 2)]);

    expect(written()).toEqual([{ n: 2 }]);
  });

  // A start waits for `ready` before it listens, so its timer keeps the process alive; a follower stopped
  // before it is ready ends that timer (a pending minute once made jest force-exit its worker).
  it('is ready at once when stopped before its time', async () => {
    const follower = createChangeLogRepository(dbA, { ...timing, recheckMs: 60_000 }).follow(() => {}, { pollMs: 10, onError: (error) => { throw error; } });
    const startedAt = Date.now();
    await follower.stop();
    await follower.ready;
    expect(Date.now() - startedAt).toBeLessThan(1_000);
  });

  it('renews a row at most once a heartbeat, and a prune deletes the rows of followers gone, not of those heard of', async () => {
    const log = createChangeLogRepository(dbA, timing);
    const registeredAt = now;
    const onB = follow(dbB, 'instance-b');
    now += 4_999;
    await polls();
    expect(registered()).toEqual([{ except_origin: 'instance-b', seen_at: registeredAt }]);

    follow(dbA, 'instance-a');
    await onB.follower.stop(); // B, as if killed: its row is left
    dbB.prepare('INSERT INTO change_log_followers (id, except_origin, seen_at) VALUES (?, ?, ?)').run('killed', 'instance-b', registeredAt);
    now = registeredAt + 60_001;
    await polls(); // A's follower renews its row
    expect(await log.prune('2026-12-04T09:00:00.000Z')).toBe(0);

    expect(registered()).toEqual([{ except_origin: 'instance-a', seen_at: now }]);
  });
});

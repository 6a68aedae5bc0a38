// resolveSession with a session cache (commands/auth/sessionCache.ts): a session presented again is not
// read from the store again, and whatever ends it or changes its user's account (logout, revocation,
// deactivation, new roles) is refused or seen at the next request, because the store announces it on the
// account feed. A read that a notice overtook is not kept, and no entry outlives SESSION_CACHE_MS.
import { resolveSession } from '../../../server/commands/auth/resolveSession';
import { hashSecret } from '../../../server/commands/auth/secretHash';
import { SessionCache, sessionCacheFor } from '../../../server/commands/auth/sessionCache';
import type { CommandContext } from '../../../server/commands/context';
import { createInProcessAccountFeed } from '../../../server/commands/live/inProcessFeed';
import { withAccountFeed } from '../../../server/commands/users/publishingAccounts';
import { loadConfig } from '../../../server/config';
import type { AuthSession } from '../../../server/domain/users/types';
import { createDisabledTranslator } from '../../../server/integrations/deepl';
import { commonPasswords } from '../../../server/integrations/commonPasswords';
import type { AccountChangeFeed } from '../../../server/ports/accountChangeFeed';
import { uuidGenerator } from '../../../server/ports/ids';
import type { Store } from '../../../server/ports/repositories';
import { createSqliteStore } from '../../../server/storage/sqlite';
import { buildSession, buildUser, FIXED_NOW } from '../../support/builders';
import { movableClock, type MovableClock } from '../../support/clock';

const TTL_MS = 5_000;
const SECRET = 'secret-of-anna';

interface Setup {
  ctx: CommandContext;
  /** The store under the feed: its reads are counted, its writes announce nothing. */
  raw: Store;
  feed: AccountChangeFeed;
  clock: MovableClock;
  reads: () => number;
  session: AuthSession;
}

async function setUp(): Promise<Setup> {
  const raw = createSqliteStore({ file: ':memory:' });
  let reads = 0;
  const counted: Store = {
    ...raw,
    sessions: { ...raw.sessions, findBySecretHash: (hash) => (reads++, raw.sessions.findBySecretHash(hash)) },
    users: { ...raw.users, findById: (id) => (reads++, raw.users.findById(id)) },
  };
  const feed = createInProcessAccountFeed();
  const clock = movableClock(FIXED_NOW);
  const ctx: CommandContext = {
    config: loadConfig({}),
    store: withAccountFeed(counted, feed),
    translator: createDisabledTranslator(),
    clock,
    ids: uuidGenerator,
    commonPasswords: commonPasswords(),
    sessionCache: new SessionCache(feed, clock, { ttlMs: TTL_MS, maxEntries: 100 }),
  };
  await raw.users.create(buildUser({ id: 'anna', email: 'anna@example.pl', roles: ['translator'] }));
  const session = buildSession({ id: 'session-anna', userId: 'anna', secretHash: hashSecret(SECRET) });
  await raw.sessions.create(session);
  return { ctx, raw, feed, clock, reads: () => reads, session };
}

let setup: Setup;
beforeEach(async () => {
  setup = await setUp();
});
afterEach(async () => {
  setup.ctx.sessionCache?.close();
  await setup.raw.close();
});

const whoPresents = async (secret = SECRET) => (await resolveSession(setup.ctx, { secret }))?.user.id ?? null;

describe('resolveSession with a session cache', () => {
  test('the first request reads the session and its user (2 reads); the next ten read nothing', async () => {
    expect(await whoPresents()).toBe('anna');
    expect(setup.reads()).toBe(2);
    for (let i = 0; i < 10; i++) expect(await whoPresents()).toBe('anna');
    expect(setup.reads()).toBe(2);
  });

  test('an unknown secret is read every time and never kept', async () => {
    expect([await whoPresents('nobody'), await whoPresents('nobody')]).toEqual([null, null]);
    expect(setup.reads()).toBe(2);
  });

  test('a logout (the session deleted through the store) is refused at the very next request', async () => {
    expect(await whoPresents()).toBe('anna');
    expect(await setup.ctx.store.sessions.delete('session-anna')).toBe(true);
    expect(await whoPresents()).toBeNull();
  });

  test('ending all of a user’s sessions (password change) is refused at once; another user’s kept session stays kept', async () => {
    await setup.raw.users.create(buildUser({ id: 'piotr', email: 'piotr@example.pl', roles: ['reviewer'] }));
    await setup.raw.sessions.create(buildSession({ id: 'session-piotr', userId: 'piotr', secretHash: hashSecret('secret-of-piotr') }));
    expect([await whoPresents(), await whoPresents('secret-of-piotr')]).toEqual(['anna', 'piotr']);
    const readsBefore = setup.reads();

    await setup.ctx.store.sessions.deleteByUser('anna');

    expect([await whoPresents(), await whoPresents('secret-of-piotr')]).toEqual([null, 'piotr']);
    expect(setup.reads()).toBe(readsBefore + 1); // Anna's secret is looked up (and not found); Piotr's is kept
  });

  test('a deactivated account is refused, and new roles are seen, at the next request', async () => {
    const anna = (await setup.raw.users.findById('anna'))!;
    expect((await resolveSession(setup.ctx, { secret: SECRET }))?.user.roles).toEqual(['translator']);

    await setup.ctx.store.users.update({ ...anna, roles: ['translator', 'reviewer'] });
    expect((await resolveSession(setup.ctx, { secret: SECRET }))?.user.roles).toEqual(['translator', 'reviewer']);

    await setup.ctx.store.users.update({ ...anna, active: false });
    expect(await whoPresents()).toBeNull();
  });

  test('a notice that arrives while the session is being read keeps that read out of the cache', async () => {
    const { raw, feed } = setup;
    // The logout commits and is announced between the read of the session and the read of its user.
    setup.ctx.store = withAccountFeed(
      {
        ...raw,
        users: {
          ...raw.users,
          findById: async (id) => {
            await raw.sessions.delete('session-anna');
            feed.publish({ type: 'sessions_ended', userId: 'anna', sessionIds: ['session-anna'] });
            return raw.users.findById(id);
          },
        },
      },
      feed,
    );
    expect(await whoPresents()).toBe('anna'); // this request started before the logout
    setup.ctx.store = withAccountFeed(raw, feed);
    expect(await whoPresents()).toBeNull();
  });

  test('an entry is read again after SESSION_CACHE_MS, so a notice that never came ends a session that late at most', async () => {
    expect(await whoPresents()).toBe('anna');
    await setup.raw.sessions.delete('session-anna'); // under the feed: nothing is announced
    setup.clock.set(new Date(Date.parse(FIXED_NOW) + TTL_MS - 1).toISOString());
    expect(await whoPresents()).toBe('anna');
    setup.clock.set(new Date(Date.parse(FIXED_NOW) + TTL_MS).toISOString());
    expect(await whoPresents()).toBeNull();
  });

  test('a kept session that expires meanwhile (within SESSION_CACHE_MS) is refused and deleted', async () => {
    const oneSecondLater = new Date(Date.parse(FIXED_NOW) + 1_000).toISOString();
    await setup.raw.sessions.create(buildSession({ id: 'session-short', userId: 'anna', secretHash: hashSecret('short'), expiresAt: oneSecondLater }));
    expect(await whoPresents('short')).toBe('anna');
    setup.clock.set(oneSecondLater);
    const readsBefore = setup.reads();
    expect(await whoPresents('short')).toBeNull();
    expect([setup.reads(), await setup.raw.sessions.findById('session-short')]).toEqual([readsBefore, null]);
  });

  test('SESSION_CACHE_MS=0 keeps nothing: every request reads its session', async () => {
    expect(sessionCacheFor(0, setup.feed, setup.clock)).toBeUndefined();
    setup.ctx.sessionCache = undefined;
    await whoPresents();
    await whoPresents();
    expect(setup.reads()).toBe(4);
  });

  test('hashes a secret as the store keeps it, and remembers as many secrets as sessions, the oldest going first', () => {
    const cache = new SessionCache(setup.feed, setup.clock, { ttlMs: TTL_MS, maxEntries: 2 });
    const hashes = ['a', 'b', 'a', 'c'].map((secret) => cache.hashOf(secret));
    expect(hashes).toEqual([hashSecret('a'), hashSecret('b'), hashSecret('a'), hashSecret('c')]);
    // 'b' was presented longest ago when 'c' came: it went; 'a' and 'c' stay.
    expect((cache as unknown as { hashes: Map<string, string> }).hashes).toEqual(new Map([['a', hashSecret('a')], ['c', hashSecret('c')]]));
    cache.close();
  });
});

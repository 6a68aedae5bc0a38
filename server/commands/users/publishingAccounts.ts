// The store, with every committed end of a session and every change of an account announced on the
// account feed (ports/accountChangeFeed.ts), whichever command did it: logout, token revocation,
// password change or reset, deactivation, a change of roles. Decorating the two repositories is enough,
// because every such change goes through `sessions.delete`, `sessions.deleteByUser` or `users.update`.
import type { AccountChangeFeed } from '../../ports/accountChangeFeed';
import type { SessionRepository, Store, UserRepository } from '../../ports/repositories';

function publishingSessions(inner: SessionRepository, feed: AccountChangeFeed): SessionRepository {
  return {
    create: (session) => inner.create(session),
    findById: (id) => inner.findById(id),
    findBySecretHash: (secretHash) => inner.findBySecretHash(secretHash),
    async delete(id) {
      const session = await inner.findById(id);
      const deleted = await inner.delete(id);
      if (deleted && session) feed.publish({ type: 'sessions_ended', userId: session.userId, sessionIds: [session.id] });
      return deleted;
    },
    async deleteByUser(userId, selection) {
      const ended = await inner.deleteByUser(userId, selection);
      if (ended.length > 0) feed.publish({ type: 'sessions_ended', userId, sessionIds: ended.map((session) => session.id) });
      return ended;
    },
    listTokens: (userId) => inner.listTokens(userId),
    touch: (id, at) => inner.touch(id, at),
  };
}

function publishingUsers(inner: UserRepository, feed: AccountChangeFeed): UserRepository {
  return {
    create: (user) => inner.create(user),
    findById: (id) => inner.findById(id),
    findByEmail: (email) => inner.findByEmail(email),
    findByIds: (ids) => inner.findByIds(ids),
    count: () => inner.count(),
    list: () => inner.list(),
    async update(user) {
      await inner.update(user);
      feed.publish({ type: 'account_changed', userId: user.id });
    },
  };
}

/** The same store, its ended sessions and changed accounts announced on `feed` once committed. */
export function withAccountFeed(store: Store, feed: AccountChangeFeed): Store {
  return { ...store, sessions: publishingSessions(store.sessions, feed), users: publishingUsers(store.users, feed) };
}

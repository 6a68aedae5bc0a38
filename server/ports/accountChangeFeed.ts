// Changes to who may do what, announced as they are committed, so that what a person has open ends
// at once: an event stream of a session that logged out, of a revoked token, of a deactivated account.
// The store publishes them (commands/users/publishingAccounts.ts); document watches listen
// (commands/live/watchDocument.ts). Shared between instances like the segment change feed (commands/live/liveFeeds.ts).

export type AccountNotice =
  /** These sessions or tokens of the user no longer exist (logout, revocation, password change, deactivation). */
  | { type: 'sessions_ended'; userId: string; sessionIds: readonly string[] }
  /** The user's account changed (roles, active): whatever they watch re-checks their access. */
  | { type: 'account_changed'; userId: string };

export interface AccountChangeFeed {
  /** Delivers to the user's subscribers; never throws. */
  publish(notice: AccountNotice): void;
  /** Calls `listener` with every notice about the user from now on; returns the unsubscribe function. */
  subscribe(userId: string, listener: (notice: AccountNotice) => void): () => void;
  /** Calls `listener` with every notice about anyone from now on (the session cache); returns the unsubscribe function. */
  subscribeAll(listener: (notice: AccountNotice) => void): () => void;
}

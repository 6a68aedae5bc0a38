// Writes a new password hash onto the account as it is now (read again just before: hashing takes a
// moment, and a change of roles meanwhile must not be undone), then ends the account's login sessions,
// all or all but one. API tokens stay: scripts keep working after a password change.
import { NotFound } from '../../domain/errors';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';

export interface StorePasswordOptions {
  /** The login session that changes its own password stays signed in. */
  keepSessionId?: string;
  /** Also makes the account active again (reset-admin). */
  reactivate?: boolean;
}

export interface StoredPassword {
  user: User;
  /** The account was inactive and is active now. */
  reactivated: boolean;
  sessionsEnded: number;
}

export async function storePasswordHash(ctx: CommandContext, userId: string, passwordHash: string, options: StorePasswordOptions = {}): Promise<StoredPassword> {
  const current = await ctx.store.users.findById(userId);
  if (!current) throw new NotFound('user', userId);
  const user: User = { ...current, passwordHash, active: current.active || options.reactivate === true };
  await ctx.store.users.update(user);
  const ended = await ctx.store.sessions.deleteByUser(userId, { kind: 'session', exceptId: options.keepSessionId });
  return { user, reactivated: user.active && !current.active, sessionsEnded: ended.length };
}

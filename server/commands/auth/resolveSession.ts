// Who presents this secret? Used by the HTTP layer for both session cookies and bearer tokens.
import type { AuthSession, User } from '../../domain/users/types';
import { nowIso, type CommandContext } from '../context';
import { hashSecret } from './secrets';

export interface ResolveSessionProps {
  secret: string;
}

export interface ResolvedSession {
  user: User;
  session: AuthSession;
}

/** A token's last use is written at most this often (a write per request would be wasted). */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The session and its user, or null when the secret is unknown, expired (then deleted), or its user
 * is gone or deactivated. A token's lastUsedAt is brought up to date (to the minute).
 */
export async function resolveSession(ctx: CommandContext, props: ResolveSessionProps): Promise<ResolvedSession | null> {
  if (props.secret === '') return null;
  const session = await ctx.store.sessions.findBySecretHash(hashSecret(props.secret));
  if (!session) return null;
  const now = nowIso(ctx);
  if (session.expiresAt !== null && session.expiresAt <= now) {
    await ctx.store.sessions.delete(session.id);
    return null;
  }
  const user = await ctx.store.users.findById(session.userId);
  if (!user || !user.active) return null;
  if (session.kind === 'token' && (session.lastUsedAt === null || Date.parse(now) - Date.parse(session.lastUsedAt) >= LAST_USED_RESOLUTION_MS)) {
    await ctx.store.sessions.touch(session.id, now);
    return { user, session: { ...session, lastUsedAt: now } };
  }
  return { user, session };
}

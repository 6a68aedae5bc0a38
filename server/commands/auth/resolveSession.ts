// Who presents this secret? Used by the HTTP layer for both session cookies and bearer tokens.
import type { AuthSession, User } from '../../domain/users/types';
import { nowIso, type CommandContext } from '../context';
import { hashSecret } from './secretHash';

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
 * is gone or deactivated. A token's lastUsedAt is brought up to date (to the minute). With a session
 * cache in the context, recently presented sessions are not read again (sessionCache.ts).
 */
export async function resolveSession(ctx: CommandContext, props: ResolveSessionProps): Promise<ResolvedSession | null> {
  if (props.secret === '') return null;
  const cache = ctx.sessionCache;
  const secretHash = cache ? cache.hashOf(props.secret) : hashSecret(props.secret);
  const mark = cache?.mark() ?? 0;
  const cached = cache?.get(secretHash) ?? null;
  const found = cached ?? (await readSession(ctx, secretHash));
  if (!found) return null;
  const { session, user } = found;
  const now = nowIso(ctx);
  if (session.expiresAt !== null && session.expiresAt <= now) {
    cache?.drop(secretHash);
    await ctx.store.sessions.delete(session.id);
    return null;
  }
  if (session.kind === 'token' && (session.lastUsedAt === null || Date.parse(now) - Date.parse(session.lastUsedAt) >= LAST_USED_RESOLUTION_MS)) {
    await ctx.store.sessions.touch(session.id, now);
    const touched = { user, session: { ...session, lastUsedAt: now } };
    // A kept entry is as old as its read: it is replaced by the next read, not made to live longer.
    if (cached) cache?.drop(secretHash);
    else cache?.keep(secretHash, touched, mark);
    return touched;
  }
  if (!cached) cache?.keep(secretHash, found, mark);
  return found;
}

/** The session with this secret hash and its active user, from the store. */
async function readSession(ctx: CommandContext, secretHash: string): Promise<ResolvedSession | null> {
  const session = await ctx.store.sessions.findBySecretHash(secretHash);
  if (!session) return null;
  const user = await ctx.store.users.findById(session.userId);
  if (!user || !user.active) return null;
  return { user, session };
}

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

/** The session and its user, or null when the secret is unknown, expired (then deleted) or its user is gone. */
export async function resolveSession(ctx: CommandContext, props: ResolveSessionProps): Promise<ResolvedSession | null> {
  if (props.secret === '') return null;
  const session = await ctx.store.sessions.findById(hashSecret(props.secret));
  if (!session) return null;
  if (session.expiresAt !== null && session.expiresAt <= nowIso(ctx)) {
    await ctx.store.sessions.delete(session.id);
    return null;
  }
  const user = await ctx.store.users.findById(session.userId);
  return user ? { user, session } : null;
}

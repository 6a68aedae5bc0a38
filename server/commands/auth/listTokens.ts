// API tokens and their owners: everyone sees their own; admins see everybody's (unless they ask for
// their own only). Expired tokens are not listed: they no longer work, and are removed when presented.
import type { AuthSession, User } from '../../domain/users/types';
import { nowIso, type CommandContext } from '../context';

export interface ListTokensProps {
  user: User;
  /** Only the user's own, even for an admin. */
  mine: boolean;
}

export interface TokenWithOwner {
  token: AuthSession;
  /** Null when the account no longer exists. */
  owner: User | null;
}

export async function listTokens(ctx: CommandContext, props: ListTokensProps): Promise<TokenWithOwner[]> {
  const everyone = props.user.roles.includes('admin') && !props.mine;
  const now = nowIso(ctx);
  const tokens = (await ctx.store.sessions.listTokens(everyone ? null : props.user.id)).filter((token) => token.expiresAt === null || token.expiresAt > now);
  const owners = new Map((await ctx.store.users.findByIds([...new Set(tokens.map((token) => token.userId))])).map((user) => [user.id, user]));
  return tokens.map((token) => ({ token, owner: owners.get(token.userId) ?? null }));
}

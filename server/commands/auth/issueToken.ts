// Issues a personal API token (for scripts and integrations). The secret is returned once; only its hash is kept.
import { InvalidInput } from '../../domain/errors';
import type { AuthSession, User } from '../../domain/users/types';
import { hashSecret, newSecret } from './secrets';
import { nowIso, type CommandContext } from '../context';

export const TOKEN_NAME_MAX_LENGTH = 100;

export interface IssueTokenProps {
  user: User;
  name?: string | null;
}

export interface IssuedToken {
  session: AuthSession;
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
}

export async function issueToken(ctx: CommandContext, props: IssueTokenProps): Promise<IssuedToken> {
  const name = props.name?.trim() || null;
  if (name !== null && name.length > TOKEN_NAME_MAX_LENGTH) {
    throw new InvalidInput(`a token name has at most ${TOKEN_NAME_MAX_LENGTH} characters`, { issues: [{ path: 'name', message: 'too long' }] });
  }
  const token = newSecret();
  const session: AuthSession = {
    id: hashSecret(token),
    userId: props.user.id,
    kind: 'token',
    name,
    createdAt: nowIso(ctx),
    expiresAt: null,
  };
  await ctx.store.sessions.create(session);
  return { session, token };
}

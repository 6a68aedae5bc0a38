// Issues a personal API token (for scripts and integrations): a name, an optional expiry. The secret
// is returned once; only its hash is kept, under a public id of its own.
import type { RequestOrigin } from '../../domain/audit/types';
import { InvalidInput } from '../../domain/errors';
import type { AuthSession, User } from '../../domain/users/types';
import { recordAudit } from '../audit/record';
import { nowIso, type CommandContext } from '../context';
import { openSession } from './secrets';

export const TOKEN_NAME_MAX_LENGTH = 100;

export interface IssueTokenProps {
  user: User;
  name?: string | null;
  /** When the token stops working (ISO); null or absent: never. */
  expiresAt?: string | null;
  origin: RequestOrigin;
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
  const expiresAt = props.expiresAt ? new Date(props.expiresAt).toISOString() : null;
  if (expiresAt !== null && expiresAt <= nowIso(ctx)) {
    throw new InvalidInput('a token cannot expire in the past', { issues: [{ path: 'expiresAt', message: 'must be in the future' }] });
  }
  const { session, secret } = await openSession(ctx, { userId: props.user.id, kind: 'token', name, expiresAt });
  await recordAudit(ctx, {
    kind: 'token_issued',
    actorId: props.user.id,
    origin: props.origin,
    target: { type: 'token', id: session.id },
    details: { name, expiresAt },
  });
  return { session, token: secret };
}

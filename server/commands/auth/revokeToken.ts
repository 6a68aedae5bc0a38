// Revokes an API token by its public id (never by the secret): its owner or an admin may. The token
// stops working at once, and the event streams it opened end.
import type { RequestOrigin } from '../../domain/audit/types';
import { NotFound } from '../../domain/errors';
import type { User } from '../../domain/users/types';
import { recordAudit } from '../audit/record';
import type { CommandContext } from '../context';

export interface RevokeTokenProps {
  user: User;
  tokenId: string;
  origin: RequestOrigin;
}

/** NotFound for an unknown id, a login session, or someone else's token (for a non-admin). */
export async function revokeToken(ctx: CommandContext, props: RevokeTokenProps): Promise<void> {
  const token = await ctx.store.sessions.findById(props.tokenId);
  const mayRevoke = token !== null && (token.userId === props.user.id || props.user.roles.includes('admin'));
  if (!token || token.kind !== 'token' || !mayRevoke) throw new NotFound('token', props.tokenId);
  if (!(await ctx.store.sessions.delete(token.id))) throw new NotFound('token', props.tokenId);
  await recordAudit(ctx, {
    kind: 'token_revoked',
    actorId: props.user.id,
    origin: props.origin,
    target: { type: 'token', id: token.id },
    details: { name: token.name, ownerId: token.userId },
  });
}

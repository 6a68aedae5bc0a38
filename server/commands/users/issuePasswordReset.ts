// An admin issues a one-time password reset link for someone who lost their password. No e-mail is
// sent (none is assumed): the admin passes the link on. It is valid for 24 hours and for one use; a
// new link replaces the person's earlier unused ones. Only the hash of its secret is stored, and the
// admin never sees the password that is then chosen.
import type { RequestOrigin } from '../../domain/audit/types';
import { Conflict, Forbidden, NotFound } from '../../domain/errors';
import type { PasswordReset, User } from '../../domain/users/types';
import { recordAudit } from '../audit/record';
import { hashSecret } from '../auth/secretHash';
import { newSecret } from '../auth/secrets';
import { nowIso, type CommandContext } from '../context';

export const PASSWORD_RESET_TTL_HOURS = 24;

export interface IssuePasswordResetProps {
  actor: User;
  userId: string;
  origin: RequestOrigin;
}

export interface IssuedPasswordReset {
  reset: PasswordReset;
  /** What the link carries: `<id>.<secret>`. */
  token: string;
}

export async function issuePasswordReset(ctx: CommandContext, props: IssuePasswordResetProps): Promise<IssuedPasswordReset> {
  if (!props.actor.roles.includes('admin')) throw new Forbidden('only admins may reset passwords');
  const user = await ctx.store.users.findById(props.userId);
  if (!user) throw new NotFound('user', props.userId);
  if (!user.active) throw new Conflict('the account is deactivated; reactivate it first', { userId: user.id }, 'account_inactive');
  await ctx.store.passwordResets.deleteUnusedForUser(user.id);
  const secret = newSecret();
  const createdAt = nowIso(ctx);
  const reset: PasswordReset = {
    id: ctx.ids.next(),
    secretHash: hashSecret(secret),
    userId: user.id,
    createdBy: props.actor.id,
    createdAt,
    expiresAt: new Date(Date.parse(createdAt) + PASSWORD_RESET_TTL_HOURS * 3_600_000).toISOString(),
    usedAt: null,
  };
  await ctx.store.passwordResets.create(reset);
  await recordAudit(ctx, {
    kind: 'password_reset_issued',
    actorId: props.actor.id,
    origin: props.origin,
    target: { type: 'user', id: user.id },
    details: { expiresAt: reset.expiresAt },
  });
  return { reset, token: `${reset.id}.${secret}` };
}

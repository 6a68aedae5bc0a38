// Following a password reset link (users/issuePasswordReset.ts): the person sets a new password,
// signed out. The link's secret is compared with the stored hash in constant time; an unknown,
// expired, used or malformed link, or one of a deactivated account, is the same 400
// reset_link_invalid. The link is used up only once the new password passed the policy, and exactly
// one of two racing requests wins. Every login session of the person ends; API tokens stay.
import type { RequestOrigin } from '../../domain/audit/types';
import { InvalidInput } from '../../domain/errors';
import { requireAcceptablePassword } from '../../domain/users/passwordPolicy';
import type { PasswordReset, User } from '../../domain/users/types';
import { recordAudit } from '../audit/record';
import { nowIso, type CommandContext } from '../context';
import { storePasswordHash } from '../users/storePassword';
import { hashPassword } from './passwords';
import { secretMatches } from './secrets';

export interface ResetPasswordProps {
  /** `<id>.<secret>` from the link. */
  token: string;
  newPassword: string;
  origin: RequestOrigin;
}

const invalidLink = () => new InvalidInput('this password reset link is unknown, expired or used', undefined, 'reset_link_invalid');

/** The link's reset and user if it may be used now; throws reset_link_invalid otherwise. */
async function usableReset(ctx: CommandContext, token: string): Promise<{ reset: PasswordReset; user: User }> {
  const dot = token.indexOf('.');
  if (dot <= 0) throw invalidLink();
  const reset = await ctx.store.passwordResets.findById(token.slice(0, dot));
  if (!reset || !secretMatches(token.slice(dot + 1), reset.secretHash)) throw invalidLink();
  if (reset.usedAt !== null || reset.expiresAt <= nowIso(ctx)) throw invalidLink();
  const user = await ctx.store.users.findById(reset.userId);
  if (!user || !user.active) throw invalidLink();
  return { reset, user };
}

export async function resetPassword(ctx: CommandContext, props: ResetPasswordProps): Promise<User> {
  const { reset, user } = await usableReset(ctx, props.token);
  requireAcceptablePassword(props.newPassword, ctx.commonPasswords, 'newPassword');
  const passwordHash = await hashPassword(props.newPassword);
  if (!(await ctx.store.passwordResets.consume(reset.id, nowIso(ctx)))) throw invalidLink();
  const stored = await storePasswordHash(ctx, user.id, passwordHash);
  await recordAudit(ctx, {
    kind: 'password_reset_completed',
    actorId: user.id,
    origin: props.origin,
    target: { type: 'user', id: user.id },
    details: { issuedBy: reset.createdBy, sessionsEnded: stored.sessionsEnded },
  });
  return stored.user;
}

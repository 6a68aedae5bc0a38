// Someone changes their own password, proving they know the current one. A wrong current password is
// 403 wrong_password and counts towards the sign-in limits like a failed sign-in. Afterwards every
// other login session of theirs ends (and its event streams); API tokens stay.
import type { RequestOrigin } from '../../domain/audit/types';
import { Forbidden, NotFound } from '../../domain/errors';
import { requireAcceptablePassword } from '../../domain/users/passwordPolicy';
import type { AuthSession, User } from '../../domain/users/types';
import { recordAudit } from '../audit/record';
import type { CommandContext } from '../context';
import { storePasswordHash } from '../users/storePassword';
import type { LoginThrottle } from './loginThrottle';
import { hashPassword, verifyPassword } from './passwords';

export interface ChangePasswordProps {
  user: User;
  /** The session or token of the request: a login session survives its own password change. */
  session: AuthSession;
  currentPassword: string;
  newPassword: string;
  origin: RequestOrigin;
}

export async function changePassword(ctx: CommandContext, throttle: LoginThrottle, props: ChangePasswordProps): Promise<{ sessionsEnded: number }> {
  const user = await ctx.store.users.findById(props.user.id);
  if (!user) throw new NotFound('user', props.user.id);
  await throttle.check(user.email, props.origin.ip);
  if (!(await verifyPassword(props.currentPassword, user.passwordHash))) {
    await throttle.recordFailure(user.email, props.origin.ip);
    await recordAudit(ctx, { kind: 'password_change_failed', actorId: user.id, origin: props.origin, target: { type: 'user', id: user.id } });
    throw new Forbidden('the current password is wrong', 'wrong_password');
  }
  requireAcceptablePassword(props.newPassword, ctx.commonPasswords, 'newPassword');
  const keep = props.session.kind === 'session' ? props.session.id : undefined;
  const { sessionsEnded } = await storePasswordHash(ctx, user.id, await hashPassword(props.newPassword), { keepSessionId: keep });
  await recordAudit(ctx, { kind: 'password_changed', actorId: user.id, origin: props.origin, target: { type: 'user', id: user.id }, details: { sessionsEnded } });
  return { sessionsEnded };
}

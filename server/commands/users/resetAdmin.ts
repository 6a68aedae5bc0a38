// `npm run reset-admin`: for when the admin password is lost. Gives the first admin (the oldest active
// one, else the oldest) a new password, generated unless one is given, reactivates the account if
// needed and ends its login sessions and unused reset links. Run from a terminal on the server, so
// it is a system action in the audit trail.
import { SYSTEM_ORIGIN } from '../../domain/audit/types';
import { Conflict } from '../../domain/errors';
import { requireAcceptablePassword } from '../../domain/users/passwordPolicy';
import type { User } from '../../domain/users/types';
import { recordAudit } from '../audit/record';
import { generatePassword, hashPassword } from '../auth/passwords';
import type { CommandContext } from '../context';
import { storePasswordHash } from './storePassword';

export interface ResetAdminResult {
  user: User;
  password: string;
  /** False when the password was given on the command line. */
  generated: boolean;
  reactivated: boolean;
  sessionsEnded: number;
}

const oldestFirst = (a: User, b: User) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1);

export async function resetFirstAdmin(ctx: CommandContext, props: { password?: string | null } = {}): Promise<ResetAdminResult> {
  const admins = (await ctx.store.users.list()).filter((user) => user.roles.includes('admin')).sort(oldestFirst);
  const admin = admins.find((user) => user.active) ?? admins[0];
  if (!admin) throw new Conflict('there is no admin account; start Nysa once to create one', undefined, 'no_admin');
  const password = props.password ?? generatePassword();
  requireAcceptablePassword(password, ctx.commonPasswords);
  const { user, reactivated, sessionsEnded } = await storePasswordHash(ctx, admin.id, await hashPassword(password), { reactivate: true });
  await ctx.store.passwordResets.deleteUnusedForUser(user.id);
  await recordAudit(ctx, { kind: 'admin_password_reset', actorId: null, origin: SYSTEM_ORIGIN, target: { type: 'user', id: user.id }, details: { reactivated, sessionsEnded } });
  return { user, password, generated: props.password == null, reactivated, sessionsEnded };
}

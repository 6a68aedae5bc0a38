// The first start: with no users at all, create an admin so someone can sign in.
import { Conflict } from '../../domain/errors';
import { generatePassword } from '../auth/passwords';
import type { CommandContext } from '../context';
import { createUser, normalizeEmail } from './create';

export interface EnsureAdminResult {
  created: boolean;
  email: string;
  /** Set when no NYSA_ADMIN_PASSWORD was configured: print it once, it is not stored anywhere. */
  generatedPassword: string | null;
}

export async function ensureAdmin(ctx: CommandContext): Promise<EnsureAdminResult> {
  const email = ctx.config.admin.email;
  if ((await ctx.store.users.count()) > 0) return { created: false, email, generatedPassword: null };
  const password = ctx.config.admin.password ?? generatePassword();
  try {
    await createUser(ctx, {
      actor: 'system',
      email,
      name: 'Administrator',
      password,
      roles: ['admin'],
    });
  } catch (error) {
    // Another process created it between our count and our insert.
    if (error instanceof Conflict && error.code === 'email_taken') return { created: false, email, generatedPassword: null };
    throw error;
  }
  return { created: true, email: normalizeEmail(email), generatedPassword: ctx.config.admin.password === null ? password : null };
}

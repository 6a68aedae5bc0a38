import { z } from 'zod';
import { TOKEN_NAME_MAX_LENGTH } from '../../../commands/auth/issueToken';
import { PASSWORD_MAX_LENGTH } from '../../../domain/users/passwordPolicy';

/** No format rules here: a malformed e-mail is just wrong credentials. */
export const loginBody = z.strictObject({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

/** The policy (length, common passwords) is the command's: its refusal names the rule broken. */
export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const resetPasswordBody = z.strictObject({
  token: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const issueTokenBody = z.strictObject({
  name: z.string().trim().max(TOKEN_NAME_MAX_LENGTH).nullish(),
  expiresAt: z.iso.datetime({ offset: true }).nullish(),
});

export const listTokensQuery = z.strictObject({
  mine: z.enum(['true', 'false']).optional(),
});

export const tokenParams = z.strictObject({ id: z.string().min(1).max(200) });

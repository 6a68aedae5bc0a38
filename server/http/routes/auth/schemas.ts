import { z } from 'zod';
import { TOKEN_NAME_MAX_LENGTH } from '../../../commands/auth/issueToken';
import { PASSWORD_MAX_LENGTH } from '../../../commands/users/create';

/** No format rules here: a malformed e-mail is just wrong credentials. */
export const loginBody = z.strictObject({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const issueTokenBody = z.strictObject({
  name: z.string().trim().max(TOKEN_NAME_MAX_LENGTH).nullish(),
});

import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../../commands/users/create';

/** No format rules here: a malformed e-mail is just wrong credentials. */
export const loginBody = z.strictObject({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

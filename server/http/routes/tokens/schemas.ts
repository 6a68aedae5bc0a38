import { z } from 'zod';
import { TOKEN_NAME_MAX_LENGTH } from '../../../commands/auth/issueToken';

export const issueTokenBody = z.strictObject({
  name: z.string().trim().max(TOKEN_NAME_MAX_LENGTH).nullish(),
});

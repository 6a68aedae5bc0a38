import { z } from 'zod';
import { NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../commands/users/create';
import { ROLES } from '../../../domain/users/types';

export const createUserBody = z.strictObject({
  email: z.string().trim().pipe(z.email().max(254)),
  name: z.string().trim().min(1).max(NAME_MAX_LENGTH),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  // No global role is fine: most people hold roles in the projects they are members of.
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
});

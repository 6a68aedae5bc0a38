import { z } from 'zod';
import { NAME_MAX_LENGTH } from '../../../commands/users/create';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../domain/users/passwordPolicy';
import { ROLES } from '../../../domain/users/types';

export const createUserBody = z.strictObject({
  email: z.string().trim().pipe(z.email().max(254)),
  name: z.string().trim().min(1).max(NAME_MAX_LENGTH),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  // No global role is fine: most people hold roles in the projects they are members of.
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
});

export const userParams = z.strictObject({ id: z.string().min(1).max(200) });

/** Any of the three, at least one; e-mail and password are not changed here. */
export const updateUserBody = z
  .strictObject({
    name: z.string().trim().min(1).max(NAME_MAX_LENGTH).optional(),
    roles: z.array(z.enum(ROLES)).max(ROLES.length).optional(),
    active: z.boolean().optional(),
  })
  .refine((body) => body.name !== undefined || body.roles !== undefined || body.active !== undefined, { message: 'name, roles or active is required' });

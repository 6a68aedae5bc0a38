// The JSON shape of a user. Never the password hash.
import type { User } from '../../domain/users/types';

export const presentUser = (user: User) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  roles: user.roles,
  createdAt: user.createdAt,
});

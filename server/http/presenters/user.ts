// The JSON shapes of a user, a member candidate and an API token. Never a password hash, a secret or
// the hash of one.
import type { TokenWithOwner } from '../../commands/auth/listTokens';
import type { User } from '../../domain/users/types';

export const presentUser = (user: User) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  roles: user.roles,
  active: user.active,
  createdAt: user.createdAt,
});

/** An item of GET /api/projects/:id/member-candidates: no more than a coordinator needs to pick someone. */
export const presentCandidate = (user: User) => ({ id: user.id, name: user.name, email: user.email });

export const presentToken = ({ token, owner }: TokenWithOwner) => ({
  id: token.id,
  name: token.name,
  createdAt: token.createdAt,
  expiresAt: token.expiresAt,
  lastUsedAt: token.lastUsedAt,
  owner: owner ? { id: owner.id, name: owner.name, email: owner.email, active: owner.active } : null,
});

// People and how they sign in. Plain data: no methods, no driver types. Both stores return exactly
// these.
import type { Timestamp } from '../common';

export const ROLES = ['admin', 'coordinator', 'editor', 'translator', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  email: string; // stored lower-cased; unique
  name: string;
  /** Global roles: they apply in every project the user can see. */
  roles: Role[];
  passwordHash: string;
  createdAt: Timestamp;
}

/** A server-side login session (cookie) or an API token; only a hash of the secret is stored. */
export interface AuthSession {
  id: string; // sha256 of the secret, hex
  userId: string;
  kind: 'session' | 'token';
  name: string | null;
  createdAt: Timestamp;
  expiresAt: Timestamp | null;
}

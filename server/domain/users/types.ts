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
  /**
   * False once an admin deactivated the account: it cannot sign in, has no sessions or tokens, and its
   * history stays (shown with the name marked inactive).
   */
  active: boolean;
  createdAt: Timestamp;
}

export const SESSION_KINDS = ['session', 'token'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** A server-side login session (cookie) or an API token; only a hash of the secret is stored. */
export interface AuthSession {
  /** The public id (in URLs such as DELETE /api/tokens/:id); random, unrelated to the secret. */
  id: string;
  /** sha256 of the secret, hex: how a presented cookie or bearer token is found. */
  secretHash: string;
  userId: string;
  kind: SessionKind;
  name: string | null;
  createdAt: Timestamp;
  expiresAt: Timestamp | null;
  /** When a token last authenticated a request (to the minute); null if never, and for login sessions. */
  lastUsedAt: Timestamp | null;
}

/**
 * A one-time link an admin hands to someone who lost their password. Only the hash of its secret is
 * stored; it can be used once, before `expiresAt`.
 */
export interface PasswordReset {
  id: string;
  /** sha256 of the secret, hex. */
  secretHash: string;
  userId: string;
  /** The admin who issued it. */
  createdBy: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  usedAt: Timestamp | null;
}

/** True when `user` holds the global admin role and is active. */
export const isActiveAdmin = (user: Pick<User, 'roles' | 'active'>): boolean => user.active && user.roles.includes('admin');

// Session, token and reset-link secrets: random, shown to the client once; only their sha256 is stored.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AuthSession, SessionKind } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { hashSecret } from './secretHash';

/** 32 random bytes, base64url (43 characters). */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** Whether `secret` hashes to `storedHash`, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}

export interface OpenedSession {
  session: AuthSession;
  /** Given to the client once (the cookie value, the bearer token). */
  secret: string;
}

/** Stores a new session or token of the user, with a public id of its own and the hash of a new secret. */
export async function openSession(
  ctx: Pick<CommandContext, 'store' | 'clock' | 'ids'>,
  props: { userId: string; kind: SessionKind; name: string | null } & ({ expiresAt: string | null } | { lifetimeMs: number }),
): Promise<OpenedSession> {
  const secret = newSecret();
  // One reading of the clock, so a lifetime is exactly the distance from creation to expiry.
  const now = ctx.clock.now();
  const session: AuthSession = {
    id: ctx.ids.next(),
    secretHash: hashSecret(secret),
    userId: props.userId,
    kind: props.kind,
    name: props.name,
    createdAt: now.toISOString(),
    expiresAt: 'lifetimeMs' in props ? new Date(now.getTime() + props.lifetimeMs).toISOString() : props.expiresAt,
    lastUsedAt: null,
  };
  await ctx.store.sessions.create(session);
  return { session, secret };
}

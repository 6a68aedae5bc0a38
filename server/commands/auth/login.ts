// Signs a person in with e-mail and password and opens a session. An unknown e-mail and a wrong
// password fail alike: same error, and a password is hashed either way so timing does not tell.
// Only wrong credentials count towards the limits (loginThrottle.ts); every attempt is audited.
import type { RequestOrigin } from '../../domain/audit/types';
import { Forbidden, RateLimited, Unauthenticated } from '../../domain/errors';
import type { AuthSession, User } from '../../domain/users/types';
import { recordAudit } from '../audit/record';
import type { CommandContext } from '../context';
import { normalizeEmail } from '../users/create';
import type { LoginThrottle } from './loginThrottle';
import { hashPassword, verifyPassword } from './passwords';
import { newSecret, openSession } from './secrets';

export interface LoginProps {
  email: string;
  password: string;
  origin: RequestOrigin;
}

export interface LoginResult {
  user: User;
  session: AuthSession;
  /** The cookie value; only its hash is stored. */
  secret: string;
}

let dummyHash: Promise<string> | null = null;
/** A real hash to verify against when the e-mail is unknown. */
const decoyHash = (): Promise<string> => (dummyHash ??= hashPassword(newSecret()));

/** The e-mail as tried, bounded: it is stored in the audit trail of a failed attempt. */
const triedEmail = (email: string) => email.slice(0, 254);

export async function login(ctx: CommandContext, throttle: LoginThrottle, props: LoginProps): Promise<LoginResult> {
  const email = normalizeEmail(props.email);
  try {
    await throttle.check(email, props.origin.ip);
  } catch (error) {
    if (error instanceof RateLimited) {
      await recordAudit(ctx, { kind: 'sign_in_rate_limited', actorId: null, origin: props.origin, details: { email: triedEmail(email), scope: String(error.details?.scope) } });
    }
    throw error;
  }
  const user = await ctx.store.users.findByEmail(email);
  const valid = await verifyPassword(props.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !valid) {
    await throttle.recordFailure(email, props.origin.ip);
    await recordAudit(ctx, {
      kind: 'sign_in_failed',
      actorId: null,
      origin: props.origin,
      target: user ? { type: 'user', id: user.id } : null,
      details: { email: triedEmail(email), reason: 'invalid_credentials' },
    });
    throw new Unauthenticated('invalid e-mail or password', 'invalid_credentials');
  }
  if (!user.active) {
    // Only someone who knows the password learns that the account is deactivated.
    await recordAudit(ctx, { kind: 'sign_in_failed', actorId: null, origin: props.origin, target: { type: 'user', id: user.id }, details: { email, reason: 'account_inactive' } });
    throw new Forbidden('this account is deactivated', 'account_inactive');
  }
  await throttle.recordSuccess(email);
  // One reading of the clock: a session lives exactly the TTL.
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3_600_000).toISOString();
  const { session, secret } = await openSession(ctx, { userId: user.id, kind: 'session', name: null, expiresAt, createdAt: now.toISOString() });
  await recordAudit(ctx, { kind: 'sign_in', actorId: user.id, origin: props.origin, target: { type: 'user', id: user.id } });
  return { user, session, secret };
}

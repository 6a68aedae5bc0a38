// Signs a person in with e-mail and password and opens a session. An unknown e-mail and a wrong
// password fail alike: same error, and a password is hashed either way so timing does not tell.
import { Unauthenticated } from '../../domain/errors';
import type { AuthSession, User } from '../../domain/users/types';
import { hashSecret, newSecret } from './secrets';
import { nowIso, type CommandContext } from '../context';
import { hashPassword, verifyPassword } from './passwords';
import { normalizeEmail } from '../users/create';

export interface LoginProps {
  email: string;
  password: string;
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

export async function login(ctx: CommandContext, props: LoginProps): Promise<LoginResult> {
  const user = await ctx.store.users.findByEmail(normalizeEmail(props.email));
  const valid = await verifyPassword(props.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !valid) throw new Unauthenticated('invalid e-mail or password', 'invalid_credentials');
  const secret = newSecret();
  const now = ctx.clock.now();
  const session: AuthSession = {
    id: hashSecret(secret),
    userId: user.id,
    kind: 'session',
    name: null,
    createdAt: nowIso(ctx),
    expiresAt: new Date(now.getTime() + ctx.config.sessionTtlHours * 3_600_000).toISOString(),
  };
  await ctx.store.sessions.create(session);
  return { user, session, secret };
}

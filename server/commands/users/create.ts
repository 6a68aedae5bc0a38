// Creates an account. Admins do it through the API; the system does it for the first admin and
// for scripts/create-user. The rules are checked here as well as in the request schema; the password
// follows the password policy (domain/users/passwordPolicy.ts).
import { SYSTEM_ORIGIN, type RequestOrigin } from '../../domain/audit/types';
import { Conflict, Forbidden, InvalidInput } from '../../domain/errors';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem, type CommonPasswords } from '../../domain/users/passwordPolicy';
import { ROLES, type Role, type User } from '../../domain/users/types';
import { recordAudit } from '../audit/record';
import { nowIso, type CommandContext } from '../context';
import { hashPassword } from '../auth/passwords';

export const NAME_MAX_LENGTH = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface CreateUserProps {
  /** The acting admin, or 'system' (bootstrap, command-line tools). */
  actor: User | 'system';
  email: string;
  name: string;
  password: string;
  roles: readonly string[];
  /** Where an admin's request came from (audited); absent for the system. */
  origin?: RequestOrigin;
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

interface Issue {
  path: string;
  message: string;
}

function checkNewUser(props: CreateUserProps, common: CommonPasswords): Issue[] {
  const issues: Issue[] = [];
  const email = normalizeEmail(props.email);
  if (!EMAIL.test(email) || email.length > 254) issues.push({ path: 'email', message: 'not a valid e-mail address' });
  const name = props.name.trim();
  if (name === '' || name.length > NAME_MAX_LENGTH) issues.push({ path: 'name', message: `must be 1 to ${NAME_MAX_LENGTH} characters` });
  const weakness = passwordProblem(props.password, common);
  if (weakness) issues.push({ path: 'password', message: PASSWORD_PROBLEM_MESSAGES[weakness] });
  props.roles.forEach((role, i) => {
    if (!(ROLES as readonly string[]).includes(role)) issues.push({ path: `roles.${i}`, message: `unknown role "${role}" (known: ${ROLES.join(', ')})` });
  });
  return issues;
}

export async function createUser(ctx: CommandContext, props: CreateUserProps): Promise<User> {
  if (props.actor !== 'system' && !props.actor.roles.includes('admin')) throw new Forbidden('only admins may create users');
  const issues = checkNewUser(props, ctx.commonPasswords);
  if (issues.length > 0) throw new InvalidInput(`invalid user: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, { issues });
  const email = normalizeEmail(props.email);
  if (await ctx.store.users.findByEmail(email)) throw new Conflict('e-mail already registered', { email }, 'email_taken');
  const user: User = {
    id: ctx.ids.next(),
    email,
    name: props.name.trim(),
    roles: [...new Set(props.roles as readonly Role[])],
    passwordHash: await hashPassword(props.password),
    active: true,
    createdAt: nowIso(ctx),
  };
  await ctx.store.users.create(user); // the store's own Conflict `email_taken` covers a concurrent insert
  await recordAudit(ctx, {
    kind: 'user_created',
    actorId: props.actor === 'system' ? null : props.actor.id,
    origin: props.origin ?? SYSTEM_ORIGIN,
    target: { type: 'user', id: user.id },
    details: { email: user.email, name: user.name, roles: user.roles },
  });
  return user;
}

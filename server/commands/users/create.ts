// Creates an account. Admins do it through the API; the system does it for the first admin and
// for scripts/create-user. The rules are checked here as well as in the request schema.
import { Conflict, Forbidden, InvalidInput } from '../../domain/errors';
import { ROLES, type Role, type User } from '../../domain/users/types';
import { nowIso, type CommandContext } from '../context';
import { hashPassword } from '../auth/passwords';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 1024;
export const NAME_MAX_LENGTH = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface CreateUserProps {
  /** The acting admin, or 'system' (bootstrap, command-line tools). */
  actor: User | 'system';
  email: string;
  name: string;
  password: string;
  roles: readonly string[];
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

interface Issue {
  path: string;
  message: string;
}

function checkNewUser(props: CreateUserProps): Issue[] {
  const issues: Issue[] = [];
  const email = normalizeEmail(props.email);
  if (!EMAIL.test(email) || email.length > 254) issues.push({ path: 'email', message: 'not a valid e-mail address' });
  const name = props.name.trim();
  if (name === '' || name.length > NAME_MAX_LENGTH) issues.push({ path: 'name', message: `must be 1 to ${NAME_MAX_LENGTH} characters` });
  if (props.password.length < PASSWORD_MIN_LENGTH || props.password.length > PASSWORD_MAX_LENGTH) {
    issues.push({ path: 'password', message: `must be at least ${PASSWORD_MIN_LENGTH} characters` });
  }
  props.roles.forEach((role, i) => {
    if (!(ROLES as readonly string[]).includes(role)) issues.push({ path: `roles.${i}`, message: `unknown role "${role}" (known: ${ROLES.join(', ')})` });
  });
  return issues;
}

export async function createUser(ctx: CommandContext, props: CreateUserProps): Promise<User> {
  if (props.actor !== 'system' && !props.actor.roles.includes('admin')) throw new Forbidden('only admins may create users');
  const issues = checkNewUser(props);
  if (issues.length > 0) throw new InvalidInput(`invalid user: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, { issues });
  const email = normalizeEmail(props.email);
  if (await ctx.store.users.findByEmail(email)) throw new Conflict('e-mail already registered', { email }, 'email_taken');
  const user: User = {
    id: ctx.ids.next(),
    email,
    name: props.name.trim(),
    roles: [...new Set(props.roles as readonly Role[])],
    passwordHash: await hashPassword(props.password),
    createdAt: nowIso(ctx),
  };
  await ctx.store.users.create(user); // the store's own Conflict `email_taken` covers a concurrent insert
  return user;
}

// Lists every account, for the people pickers of user and project administration. Admins and
// coordinators (who add members to projects) may; nobody else sees who else has an account.
import { Forbidden } from '../../domain/errors';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';

export async function listUsers(ctx: CommandContext, props: { actor: User }): Promise<User[]> {
  if (!props.actor.roles.some((role) => role === 'admin' || role === 'coordinator')) {
    throw new Forbidden('only admins and coordinators may list users');
  }
  return ctx.store.users.list();
}

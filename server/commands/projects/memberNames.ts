// The names of a project's members, for whoever may see the project: the member list shows people, not
// account ids, also to a coordinator of this project who may not list every account (GET /api/users).
// Only the name and whether the account is active leave; e-mail addresses stay with the member lookup.
import type { Project } from '../../domain/projects/types';
import type { CommandContext } from '../context';

export interface MemberName {
  name: string;
  active: boolean;
}

export async function memberNames(ctx: CommandContext, project: Project): Promise<Map<string, MemberName>> {
  const users = await ctx.store.users.findByIds(project.members.map((member) => member.userId));
  return new Map(users.map((user) => [user.id, { name: user.name, active: user.active }]));
}

// A project's admin or coordinator adds a person to it, or replaces the roles of a member.
import { InvalidInput, NotFound } from '../../domain/errors';
import type { Project } from '../../domain/projects/types';
import type { Role, User } from '../../domain/users/types';
import { requireProjectRole } from '../../policies/projectAccess';
import type { CommandContext } from '../context';
import { loadProject } from './access';

/** Roles a project can grant; `admin` is global only. */
export const PROJECT_ROLES = ['coordinator', 'editor', 'translator', 'reviewer'] as const satisfies readonly Role[];

export interface AddProjectMemberProps {
  user: User;
  projectId: string;
  memberId: string;
  roles: readonly Role[];
}

export async function addProjectMember(ctx: CommandContext, props: AddProjectMemberProps): Promise<Project> {
  const { project } = await loadProject(ctx, props.user, props.projectId);
  requireProjectRole(props.user, project, ['admin', 'coordinator'], 'manage project members');
  const roles = [...new Set(props.roles)];
  const unknown = roles.filter((role) => !(PROJECT_ROLES as readonly Role[]).includes(role));
  if (roles.length === 0 || unknown.length > 0) {
    throw new InvalidInput(`project roles are ${PROJECT_ROLES.join(', ')}, at least one`, {
      issues: [{ path: 'roles', message: `expected one or more of ${PROJECT_ROLES.join(', ')}` }],
    });
  }
  const member = await ctx.store.users.findById(props.memberId);
  if (!member) throw new NotFound('user', props.memberId);
  const others = project.members.filter((m) => m.userId !== member.id);
  const updated: Project = { ...project, members: [...others, { userId: member.id, roles }] };
  await ctx.store.projects.update(updated);
  return updated;
}

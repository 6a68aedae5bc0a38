// A project's admin or coordinator adds a person to it, or replaces the roles of a member.
import type { RequestOrigin } from '../../domain/audit/types';
import { InvalidInput, NotFound } from '../../domain/errors';
import type { Project } from '../../domain/projects/types';
import type { Role, User } from '../../domain/users/types';
import { requireProjectRole } from '../../policies/projectAccess';
import { recordAudit } from '../audit/record';
import type { CommandContext } from '../context';
import { loadProject } from './access';

/** Roles a project can grant; `admin` is global only. */
export const PROJECT_ROLES = ['coordinator', 'editor', 'translator', 'reviewer'] as const satisfies readonly Role[];

export interface AddProjectMemberProps {
  user: User;
  projectId: string;
  memberId: string;
  roles: readonly Role[];
  origin: RequestOrigin;
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
  const previous = project.members.find((m) => m.userId === member.id)?.roles ?? [];
  const others = project.members.filter((m) => m.userId !== member.id);
  const updated: Project = { ...project, members: [...others, { userId: member.id, roles }] };
  await ctx.store.projects.update(updated);
  await recordAudit(ctx, {
    kind: 'member_changed',
    actorId: props.user.id,
    origin: props.origin,
    target: { type: 'user', id: member.id },
    projectId: project.id,
    details: { from: previous, to: roles },
  });
  return updated;
}

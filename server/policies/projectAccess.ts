// Who may see and act in a project. Global roles apply in every project a user can see;
// membership adds project roles. Admins and global coordinators see every project.
import { Forbidden, NotFound } from '../domain/errors';
import type { Project } from '../domain/projects/types';
import type { Role, User } from '../domain/users/types';
import type { Actor } from '../domain/workflow/transitions';

const SEES_ALL: readonly Role[] = ['admin', 'coordinator'];

export function canSeeAllProjects(user: User): boolean {
  return user.roles.some((role) => SEES_ALL.includes(role));
}

export function isMember(user: User, project: Project): boolean {
  return project.members.some((member) => member.userId === user.id);
}

/** The roles a user holds in a project: none if they cannot see it. */
export function rolesInProject(user: User, project: Project): Role[] {
  const member = project.members.find((m) => m.userId === user.id);
  if (!member && !canSeeAllProjects(user)) return [];
  return [...new Set([...user.roles, ...(member?.roles ?? [])])];
}

/**
 * Throws NotFound when the user cannot see the project (so ids of other projects leak nothing),
 * Forbidden when they see it but hold none of `roles`. Returns the user's roles in the project.
 */
export function requireProjectRole(user: User, project: Project, roles: readonly Role[], what: string): Role[] {
  const held = rolesInProject(user, project);
  if (held.length === 0) throw new NotFound('project', project.id);
  if (!held.some((role) => roles.includes(role))) throw new Forbidden(`not allowed to ${what}`);
  return held;
}

/** Throws NotFound unless the user can see the project; returns their roles in it. */
export function requireProjectAccess(user: User, project: Project): Role[] {
  const held = rolesInProject(user, project);
  if (held.length === 0) throw new NotFound('project', project.id);
  return held;
}

export const userActor = (roles: readonly Role[]): Actor => ({ kind: 'user', roles });

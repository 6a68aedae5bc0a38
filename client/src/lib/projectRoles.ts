// What a user may do in a project, as the server's policies decide it (server/policies/projectAccess.ts
// and the commands' role lists): the client shows a control only to those the server would let use it.
// Global roles apply in every project; membership adds project roles; admins may do everything.
import type { GlossaryTerm, Project, Role } from '../api/types';

type UserRoles = { id: string; roles: readonly Role[] };
type ProjectMembers = Pick<Project, 'members'>;

/** A user's roles in a project: global roles plus the project membership's (as the server's policy). */
export function rolesIn(user: UserRoles, project: ProjectMembers): Role[] {
  const member = project.members.find((m) => m.userId === user.id);
  return [...new Set([...user.roles, ...(member?.roles ?? [])])];
}

const holds = (roles: readonly Role[], wanted: readonly Role[]) => roles.includes('admin') || roles.some((role) => wanted.includes(role));

/** Whether the user may submit documents to the project (editor, coordinator, admin). */
export const canSubmitTo = (user: UserRoles, project: ProjectMembers): boolean => holds(rolesIn(user, project), ['editor', 'coordinator']);

/** Whether the list offers "Start machine translation" to the user in this project (editors, coordinators). */
export const canStartMtIn = (user: UserRoles, project: ProjectMembers): boolean => holds(rolesIn(user, project), ['editor', 'coordinator']);

/** Members, settings (QA, segmentation rules) and the TMX import: coordinators and admins. */
export const canManageProject = (user: UserRoles, project: ProjectMembers): boolean => holds(rolesIn(user, project), ['coordinator']);

/** Adding, changing, approving and deleting any glossary term (server: GLOSSARY_EDITORS). */
export const canEditGlossaryIn = (user: UserRoles, project: ProjectMembers): boolean => holds(rolesIn(user, project), ['coordinator']);

/** Proposing terms, and changing or withdrawing one's own proposals (server: GLOSSARY_PROPOSERS). */
export const canProposeTermsIn = (user: UserRoles, project: ProjectMembers): boolean => holds(rolesIn(user, project), ['translator']);

/** Whether the user may change or delete this term: editors any, proposers their own proposals. */
export function canChangeTerm(user: UserRoles, project: ProjectMembers, term: Pick<GlossaryTerm, 'status' | 'createdBy'>): boolean {
  if (canEditGlossaryIn(user, project)) return true;
  return canProposeTermsIn(user, project) && term.status === 'proposed' && term.createdBy === user.id;
}

/** Aligning existing translations, fixing the pairs and confirming them (server: ALIGNMENT_ROLES). */
export const canAlignIn = (user: UserRoles, project: ProjectMembers): boolean =>
  holds(rolesIn(user, project), ['editor', 'translator', 'reviewer', 'coordinator']);

/** "Only mine" starts switched on for people who are editors and nothing else, globally and in every project. */
export function defaultOnlyMine(user: UserRoles, projects: readonly ProjectMembers[]): boolean {
  const roles = new Set<Role>(user.roles);
  for (const project of projects) for (const role of project.members.find((m) => m.userId === user.id)?.roles ?? []) roles.add(role);
  return roles.size === 1 && roles.has('editor');
}

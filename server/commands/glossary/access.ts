// Who may do what with a project's glossary. Every member reads it; coordinators and admins edit it
// (create, change, approve, delete, import); translators propose terms, which stay `proposed`, and
// may change or withdraw their own proposals until a coordinator approves them.
import { Forbidden, NotFound } from '../../domain/errors';
import type { GlossaryTerm } from '../../domain/glossary/types';
import type { Project } from '../../domain/projects/types';
import type { Role, User } from '../../domain/users/types';
import { requireProjectAccess } from '../../policies/projectAccess';
import type { CommandContext } from '../context';
import { loadProject } from '../projects/access';

export const GLOSSARY_EDITORS: readonly Role[] = ['coordinator', 'admin'];
export const GLOSSARY_PROPOSERS: readonly Role[] = ['translator'];

export const canEditGlossary = (roles: readonly Role[]): boolean => roles.some((role) => GLOSSARY_EDITORS.includes(role));
export const canProposeTerms = (roles: readonly Role[]): boolean => roles.some((role) => GLOSSARY_PROPOSERS.includes(role));

/** The project and the user's roles there: NotFound when they cannot see it, Forbidden when they may not edit. */
export async function loadGlossaryForEditing(ctx: CommandContext, user: User, projectId: string, what: string): Promise<{ project: Project; roles: Role[] }> {
  const loaded = await loadProject(ctx, user, projectId);
  if (!canEditGlossary(loaded.roles)) throw new Forbidden(`not allowed to ${what}`);
  return loaded;
}

export interface TermInProject {
  term: GlossaryTerm;
  project: Project;
  roles: Role[];
}

/** A term of the project the route names; NotFound (glossary_term) when it is missing, of another project or invisible. */
export async function loadTerm(ctx: CommandContext, user: User, projectId: string, termId: string): Promise<TermInProject> {
  const term = await ctx.store.glossary.findById(termId);
  if (!term || term.projectId !== projectId) throw new NotFound('glossary_term', termId);
  const project = await ctx.store.projects.findById(term.projectId);
  if (!project) throw new NotFound('glossary_term', termId);
  try {
    return { term, project, roles: requireProjectAccess(user, project) };
  } catch (error) {
    if (error instanceof NotFound) throw new NotFound('glossary_term', termId);
    throw error;
  }
}

/** Editors change any term; a proposer changes only a proposal of their own. */
export function requireTermChange(user: User, roles: readonly Role[], term: GlossaryTerm, what: string): void {
  if (canEditGlossary(roles)) return;
  if (canProposeTerms(roles) && term.status === 'proposed' && term.createdBy === user.id) return;
  throw new Forbidden(`not allowed to ${what}`);
}

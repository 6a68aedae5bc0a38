// What saving a glossary term may conflict with. A term's German–Polish pair is unique in its project
// (case-insensitively); changes are based on the version the client saw when it sends one, and always
// on the version read, so two saves never silently overwrite each other.
import { Conflict } from '../../domain/errors';
import { termPairKey, type GlossaryTerm } from '../../domain/glossary/types';
import type { CommandContext } from '../context';

/** The term as the client may see it after a lost race. */
const currentView = (term: GlossaryTerm) => ({ ...term, forbidden: [...term.forbidden] });

/** A change based on a version other than the stored one (409 glossary_term_changed), with the term as it is now. */
export function staleError(current: GlossaryTerm, expectedVersion: number): Conflict {
  return new Conflict(
    `glossary term ${current.id} is at version ${current.version}, not ${expectedVersion}`,
    { termId: current.id, expectedVersion, actualVersion: current.version, current: currentView(current) },
    'glossary_term_changed',
  );
}

/** Refuses a term whose German–Polish pair another term of the project has (409 glossary_term_exists). */
export async function requireUniquePair(ctx: CommandContext, term: GlossaryTerm): Promise<void> {
  const key = termPairKey(term);
  const twin = (await ctx.store.glossary.listByProject(term.projectId)).find((other) => other.id !== term.id && termPairKey(other) === key);
  if (twin) throw new Conflict(`"${term.de}" → "${term.pl}" is already in the glossary`, { termId: twin.id }, 'glossary_term_exists');
}

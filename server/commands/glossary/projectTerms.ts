// A project's glossary terms as every save's QA and every opened segment need them, read from the
// store only when the glossary changed: its revision (raised by every write of a term, on any instance)
// is one key lookup, where reading 100,000 terms takes half a second. The same array is handed out
// until the glossary changes, so the index the glossary matcher builds for it (domain/glossary) is
// built once per revision too.
import type { GlossaryTerm } from '../../domain/glossary/types';
import type { Store } from '../../ports/repositories';
import type { CommandContext } from '../context';

/** Projects whose terms one process keeps; the least recently used goes first. */
const PROJECTS_KEPT = 16;

interface Kept {
  revision: number;
  terms: readonly GlossaryTerm[];
}

// Per store, so two stores in one process (tests, scripts) never share terms.
const keptByStore = new WeakMap<Store, Map<string, Kept>>();

/** The project's terms, oldest first (GlossaryRepository.listByProject); do not change the array. */
export async function projectTerms(ctx: Pick<CommandContext, 'store'>, projectId: string): Promise<readonly GlossaryTerm[]> {
  let kept = keptByStore.get(ctx.store);
  if (!kept) keptByStore.set(ctx.store, (kept = new Map()));
  const revision = await ctx.store.glossary.revision(projectId);
  const known = kept.get(projectId);
  kept.delete(projectId); // put back last: the most recently used
  if (known && known.revision === revision) {
    kept.set(projectId, known);
    return known.terms;
  }
  // Read after the revision: a write in between makes the next call read again, never the reverse.
  const terms = await ctx.store.glossary.listByProject(projectId);
  kept.set(projectId, { revision, terms });
  if (kept.size > PROJECTS_KEPT) kept.delete(kept.keys().next().value as string);
  return terms;
}

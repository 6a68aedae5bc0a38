// A project's glossary terms as every save's QA and every opened segment need them, read from the
// store only when the glossary changed: its revision (raised by every write of a term, on any instance)
// is one key lookup, where reading 100,000 terms takes half a second. The same array is handed out
// until the glossary changes, so the index the glossary matcher builds for it (domain/glossary) is
// built once per revision too: here, a step at a time with the event loop turning between (100,000 terms
// were indexed in one go by the first save after the glossary changed).
//
// A large glossary that changes is read again in the background. Reading and indexing 100,000 terms
// takes a second or more, and an import of 100,000 terms changes the glossary every few hundred terms:
// saves that waited for each new read took over a second each while the import ran. So once a
// project's terms are known and they are more than LARGE_GLOSSARY_TERMS, a caller gets them as they
// were while the new read runs (one at a time per project), and the new ones from the call after it has
// finished: a save is checked against a glossary at most one read old. A small glossary is read again
// before the call answers (milliseconds), so a term just added is checked in the very next save.
import { indexGlossaryInSteps } from '../../domain/glossary/context';
import type { GlossaryTerm } from '../../domain/glossary/types';
import { yieldToEventLoop } from '../../slices';
import type { Store } from '../../ports/repositories';
import type { CommandContext } from '../context';

/** Projects whose terms one process keeps; the least recently used goes first. */
const PROJECTS_KEPT = 16;
/**
 * Beyond this many terms, a changed glossary is read again in the background (see the header). Reading
 * and indexing 1,000 terms is a short wait; while an import grows a glossary past this, the reads a save
 * waits for stay that short.
 */
export const LARGE_GLOSSARY_TERMS = 1000;

interface Read {
  revision: number;
  /** The terms once read and indexed: callers that come meanwhile wait for the same read. */
  terms: Promise<readonly GlossaryTerm[]>;
}

interface Kept {
  /** The last read that finished. */
  known: { revision: number; terms: readonly GlossaryTerm[] } | null;
  /** The read running now, if any. */
  reading: Read | null;
}

// Per store, so two stores in one process (tests, scripts) never share terms.
const keptByStore = new WeakMap<Store, Map<string, Kept>>();

async function readAndIndex(ctx: Pick<CommandContext, 'store'>, projectId: string): Promise<readonly GlossaryTerm[]> {
  const terms = await ctx.store.glossary.listByProject(projectId);
  for (const _step of indexGlossaryInSteps(terms)) await yieldToEventLoop();
  return terms;
}

/** Starts a read of the glossary as of `revision` (read after it: a write in between makes the next call read again, never the reverse). */
function startRead(ctx: Pick<CommandContext, 'store'>, projectId: string, project: Kept, revision: number): Read {
  const read: Read = { revision, terms: readAndIndex(ctx, projectId) };
  project.reading = read;
  read.terms.then(
    (terms) => {
      if (project.reading === read) project.reading = null;
      if (!project.known || project.known.revision < revision) project.known = { revision, terms };
    },
    // A failed read is not kept: the next call reads again (the caller that waited gets the error).
    () => {
      if (project.reading === read) project.reading = null;
    },
  );
  return read;
}

/** The project's terms, oldest first (GlossaryRepository.listByProject); do not change the array. */
export async function projectTerms(ctx: Pick<CommandContext, 'store'>, projectId: string): Promise<readonly GlossaryTerm[]> {
  let kept = keptByStore.get(ctx.store);
  if (!kept) keptByStore.set(ctx.store, (kept = new Map()));
  const revision = await ctx.store.glossary.revision(projectId);
  const project = kept.get(projectId) ?? { known: null, reading: null };
  kept.delete(projectId); // put back last: the most recently used
  kept.set(projectId, project);
  if (kept.size > PROJECTS_KEPT) kept.delete(kept.keys().next().value as string);

  const { known } = project;
  if (known && known.revision === revision) return known.terms;
  if (project.reading?.revision === revision) {
    return known && known.terms.length > LARGE_GLOSSARY_TERMS ? known.terms : project.reading.terms;
  }
  if (known && known.terms.length > LARGE_GLOSSARY_TERMS) {
    // One read at a time: while one runs, the glossary as it was; the call after it reads again.
    if (!project.reading) startRead(ctx, projectId, project, revision);
    return known.terms;
  }
  return startRead(ctx, projectId, project, revision).terms;
}

/**
 * Reads and indexes, in the background of a start, the glossaries of the projects whose glossaries were
 * written most (by revision), as many as are kept: after a restart, the first save of a project with
 * 100,000 terms waited up to 2 s for its glossary (bench:event-loop's restart rows). A save that comes during the warm-up waits for the
 * read already running, not for a read of its own. Answers the number of glossaries read.
 */
export async function warmProjectTerms(ctx: Pick<CommandContext, 'store'>): Promise<number> {
  const withRevisions = [];
  for (const project of await ctx.store.projects.list()) {
    const revision = await ctx.store.glossary.revision(project.id);
    if (revision > 0) withRevisions.push({ id: project.id, revision });
    await yieldToEventLoop();
  }
  const most = withRevisions.sort((a, b) => b.revision - a.revision).slice(0, PROJECTS_KEPT);
  // The least written first: the most written is then the most recently used, the last to go.
  for (const { id } of most.reverse()) await projectTerms(ctx, id);
  return most.length;
}

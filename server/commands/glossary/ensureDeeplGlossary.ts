// Keeps each project's DeepL glossary in step with its approved terms, lazily: the MT job runner asks
// for the glossary id before it translates, and DeepL is only called when the terms changed since the
// last sync (a hash of the language pair and the entries, stored per project). A project without
// approved terms, never synced, costs no request at all. A failed sync never fails the job: it is
// logged and the job translates without a glossary (the state is left as it was, so the next job tries
// again). Syncs of one project run one at a time within the process.
import { createHash } from 'node:crypto';
import { canonicalEntries, deeplGlossaryEntries } from '../../domain/glossary/deepl';
import type { Project } from '../../domain/projects/types';
import { nowIso, type CommandContext } from '../context';

export function glossaryHash(project: Pick<Project, 'sourceLang' | 'targetLang'>, entries: Parameters<typeof canonicalEntries>[0]): string {
  return createHash('sha256').update(`${project.sourceLang}>${project.targetLang}\n${canonicalEntries(entries)}`).digest('hex');
}

/** Syncs in flight, per store and project: a second job of the project waits for the first sync. */
const inFlight = new WeakMap<object, Map<string, Promise<string | null>>>();

/** The DeepL glossary id to translate the project with (null: none), syncing it first if the terms changed. */
export function ensureDeeplGlossary(ctx: CommandContext, project: Project): Promise<string | null> {
  if (!ctx.translator.configured) return Promise.resolve(null);
  let running = inFlight.get(ctx.store);
  if (!running) {
    running = new Map();
    inFlight.set(ctx.store, running);
  }
  const queue = running;
  const previous = queue.get(project.id) ?? Promise.resolve(null);
  const next = previous.then(
    () => syncOnce(ctx, project),
    () => syncOnce(ctx, project),
  );
  queue.set(project.id, next);
  void next.finally(() => {
    if (queue.get(project.id) === next) queue.delete(project.id);
  });
  return next;
}

async function syncOnce(ctx: CommandContext, project: Project): Promise<string | null> {
  try {
    const terms = await ctx.store.glossary.listByProject(project.id);
    const entries = deeplGlossaryEntries(terms);
    const hash = glossaryHash(project, entries);
    const state = await ctx.store.glossary.findDeeplGlossary(project.id);
    if (state && state.syncedHash === hash) return state.deeplGlossaryId;
    if (!state && entries.length === 0) return null;
    const glossaryId = await ctx.translator.syncGlossary(entries, state?.deeplGlossaryId ?? null);
    // DeepL holds the new glossary now: use it even if recording it fails (the next job syncs again).
    await ctx.store.glossary
      .saveDeeplGlossary({ projectId: project.id, deeplGlossaryId: glossaryId, syncedHash: hash, syncedAt: nowIso(ctx) })
      .catch((error: unknown) => console.warn(`DeepL glossary of project ${project.id} synced but not recorded:`, error instanceof Error ? error.message : error));
    return glossaryId;
  } catch (error) {
    console.warn(`DeepL glossary of project ${project.id} not synced; translating without it:`, error instanceof Error ? error.message : error);
    return null;
  }
}

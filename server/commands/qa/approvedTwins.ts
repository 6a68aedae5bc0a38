// The approved twins of sentences (segments of the project with the same source key, approved), as every
// save's consistency check needs them, looked up in the store only when they may have changed: the
// store's approved revision of the project (SegmentRepository.approvedRevision, moved by every write of
// an approved segment, on any instance) is one key lookup, where the twins of a sentence were a query
// that read every segment with its key, the largest read of a save after the segment itself.
import type { Segment } from '../../domain/segments/types';
import { SegmentState } from '../../domain/workflow/states';
import type { Store } from '../../ports/repositories';
import { inBatches } from '../../slices';
import type { CommandContext } from '../context';

/** What the consistency check reads of a twin. */
export type ApprovedTwin = Pick<Segment, 'id' | 'source' | 'target'>;

/** Projects whose twins one process keeps; the least recently used goes first. */
const PROJECTS_KEPT = 4;
/**
 * Characters (keys and the twins' texts) kept per project before its entries start afresh: some 8 MiB.
 * A project's saves go round the sentences its translators have open, thousands, not millions.
 */
const CHARS_KEPT = 4_000_000;
/**
 * Sentences whose approved twins one query looks up: in a project of 100,000 segments a thousand
 * sentences bring back thousands of twins, over 100 ms of reading at once.
 */
const KEYS_PER_LOOKUP = 250;

interface Kept {
  revision: number;
  byKey: Map<string, readonly ApprovedTwin[]>;
  chars: number;
}

// Per store, so two stores in one process (tests, scripts) never share twins.
const keptByStore = new WeakMap<Store, Map<string, Kept>>();

const charsOf = (key: string, twins: readonly ApprovedTwin[]): number =>
  twins.reduce((sum, twin) => sum + twin.source.length + (twin.target?.length ?? 0), key.length);

/** The approved segments of the project with each of these source keys (none: an empty list), in the store's order. */
export async function approvedTwinsByKey(ctx: Pick<CommandContext, 'store'>, projectId: string, sourceKeys: readonly string[]): Promise<Map<string, readonly ApprovedTwin[]>> {
  let kept = keptByStore.get(ctx.store);
  if (!kept) keptByStore.set(ctx.store, (kept = new Map()));
  const revision = await ctx.store.segments.approvedRevision(projectId);
  let project = kept.get(projectId);
  kept.delete(projectId); // put back last: the most recently used
  if (!project || project.revision !== revision) project = { revision, byKey: new Map(), chars: 0 };
  kept.set(projectId, project);
  if (kept.size > PROJECTS_KEPT) kept.delete(kept.keys().next().value as string);

  const twins = new Map<string, readonly ApprovedTwin[]>();
  const missing: string[] = [];
  for (const key of new Set(sourceKeys)) {
    const known = project.byKey.get(key);
    if (known) twins.set(key, known);
    else missing.push(key);
  }
  if (missing.length === 0) return twins;

  // Looked up after the revision was read: an approval in between makes the next call look again.
  const found = new Map<string, ApprovedTwin[]>(missing.map((key) => [key, []]));
  await inBatches(missing, KEYS_PER_LOOKUP, async (keys) => {
    for (const twin of await ctx.store.segments.findBySourceKeys(projectId, keys, [SegmentState.Approved])) {
      found.get(twin.sourceKey)?.push({ id: twin.id, source: twin.source, target: twin.target });
    }
  });
  for (const [key, list] of found) {
    twins.set(key, list);
    const chars = charsOf(key, list);
    if (project.chars + chars > CHARS_KEPT) {
      project.byKey.clear();
      project.chars = 0;
    }
    project.byKey.set(key, list);
    project.chars += chars;
  }
  return twins;
}

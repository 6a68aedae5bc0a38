// A confirmed or approved translation spreads to the segment's twins (the same German sentence
// elsewhere in the project), so nobody translates — or pays DeepL for — the same sentence twice.
// Twins a person already worked on are left alone; twins marked context-specific are skipped.
import { transferTarget } from '../../domain/repetitions/sourceKey';
import type { Segment } from '../../domain/segments/types';
import { SegmentState } from '../../domain/workflow/states';
import type { SegmentChange } from '../../ports/repositories';
import type { CommandContext } from '../context';
import { checkSegmentsOfProject } from '../qa/checkSegments';
import { inBatches } from '../../slices';
import { applyInSlices } from './applyInSlices';
import { buildChange } from './change';
import { emitSegmentEvents } from '../webhooks/segmentEvents';
import { appendAll } from '../../domain/arrays';

export type Propagation = 'translation' | 'approval';

/** Untouched by people: no target yet, or a proposal nobody edited (a target from an XLIFF file is a person's). */
const untouched = (twin: Segment) =>
  twin.state === SegmentState.New || (twin.state === SegmentState.Draft && twin.origin !== 'human' && twin.origin !== 'xliff');

/** The states `accepts` may take a twin in: the store returns no others. */
const ACCEPTING: Record<Propagation, SegmentState[]> = {
  translation: [SegmentState.New, SegmentState.Draft],
  approval: [SegmentState.New, SegmentState.Draft, SegmentState.Translated],
};

function accepts(twin: Segment, target: string, kind: Propagation): boolean {
  if (twin.contextSpecific) return false;
  if (untouched(twin)) return true;
  // Approving also settles twins already confirmed with the very same words.
  return kind === 'approval' && twin.state === SegmentState.Translated && twin.target === target;
}

/** Propagates `origin`'s target to its twins; returns the twins changed. Never fails the original action. */
export async function propagateToTwins(ctx: CommandContext, origin: Segment, kind: Propagation, actorId: string): Promise<Segment[]> {
  return propagateToTwinsOfMany(ctx, [origin], kind, actorId);
}

/** Sentences whose twins are looked up, changed and written together before the server answers others. */
const KEYS_PER_ROUND = 100;

/**
 * The same for many segments of one project at once (a returned XLIFF file confirms thousands): the
 * twins of a hundred sentences per lookup and write, then one QA pass over all twins changed. One
 * origin per sentence: of several with one source key, the last given spreads (a twin it changes is
 * not untouched any more for the others).
 */
export async function propagateToTwinsOfMany(ctx: CommandContext, origins: readonly Segment[], kind: Propagation, actorId: string): Promise<Segment[]> {
  const byKey = new Map(origins.filter((origin) => !origin.contextSpecific && origin.target !== null).map((origin) => [origin.sourceKey, origin]));
  const projectId = origins[0]?.projectId;
  if (byKey.size === 0 || projectId === undefined) return [];
  if (origins.some((origin) => origin.projectId !== projectId)) throw new Error('propagateToTwinsOfMany: origins of one project only');
  const originIds = new Set([...byKey.values()].map((origin) => origin.id));
  const appliedChanges: SegmentChange[] = [];
  await inBatches([...byKey.keys()], KEYS_PER_ROUND, async (keys) => {
    const twins = await ctx.store.segments.findBySourceKeys(projectId, keys, ACCEPTING[kind]);
    // A twin someone saved meanwhile keeps their work (its change loses the race and is left out).
    appendAll(appliedChanges, await applyInSlices(ctx, changesFor(ctx, twins, byKey, originIds, kind, actorId), (change) => [change]));
  });
  const applied = appliedChanges.map((change) => change.segment);
  await emitSegmentEvents(ctx, appliedChanges);
  await checkSegmentsOfProject(ctx, projectId, applied); // twins' new targets get their QA results
  return applied;
}

/** The change of each twin that takes its origin's target. */
function changesFor(
  ctx: CommandContext,
  twins: readonly Segment[],
  byKey: ReadonlyMap<string, Segment>,
  originIds: ReadonlySet<string>,
  kind: Propagation,
  actorId: string,
): SegmentChange[] {
  const changes: SegmentChange[] = [];
  for (const twin of twins) {
    const origin = byKey.get(twin.sourceKey);
    if (!origin || originIds.has(twin.id)) continue;
    const target = transferTarget(origin.target!, origin.source, twin.source);
    if (!accepts(twin, target, kind)) continue;
    changes.push(
      buildChange(ctx, twin, {
        action: kind === 'translation' ? 'propagate' : 'propagate_approval',
        eventAction: 'propagated',
        actor: { kind: 'system' },
        actorId,
        patch: {
          target,
          origin: origin.origin,
          translatedBy: origin.translatedBy,
          ...(kind === 'approval' ? { reviewedBy: origin.reviewedBy } : {}),
        },
        note: `from segment ${origin.id}`,
      }),
    );
  }
  return changes;
}

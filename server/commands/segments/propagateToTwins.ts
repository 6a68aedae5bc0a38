// A confirmed or approved translation spreads to the segment's twins (the same German sentence
// elsewhere in the project), so nobody translates — or pays DeepL for — the same sentence twice.
// Twins a person already worked on are left alone; twins marked context-specific are skipped.
import { VersionConflict } from '../../domain/errors';
import { transferTarget } from '../../domain/repetitions/sourceKey';
import type { Segment } from '../../domain/segments/types';
import { SegmentState } from '../../domain/workflow/states';
import type { SegmentChange } from '../../ports/repositories';
import type { CommandContext } from '../context';
import { checkSegmentsOfProject } from '../qa/checkSegments';
import { buildChange } from './change';
import { emitSegmentEvents } from '../webhooks/segmentEvents';

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

/**
 * The same for many segments of one project at once (a returned XLIFF file confirms thousands): one
 * twin lookup, one write, one QA pass. One origin per sentence: of several with one source key, the
 * last given spreads (a twin it changes is not untouched any more for the others).
 */
export async function propagateToTwinsOfMany(ctx: CommandContext, origins: readonly Segment[], kind: Propagation, actorId: string): Promise<Segment[]> {
  const byKey = new Map(origins.filter((origin) => !origin.contextSpecific && origin.target !== null).map((origin) => [origin.sourceKey, origin]));
  const projectId = origins[0]?.projectId;
  if (byKey.size === 0 || projectId === undefined) return [];
  if (origins.some((origin) => origin.projectId !== projectId)) throw new Error('propagateToTwinsOfMany: origins of one project only');
  const originIds = new Set([...byKey.values()].map((origin) => origin.id));
  const changes: SegmentChange[] = [];
  for (const twin of await ctx.store.segments.findBySourceKeys(projectId, [...byKey.keys()], ACCEPTING[kind])) {
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
  const applied = await applyEachIfPossible(ctx, changes);
  const appliedIds = new Set(applied.map((segment) => segment.id));
  await emitSegmentEvents(ctx, changes.filter((change) => appliedIds.has(change.segment.id)));
  await checkSegmentsOfProject(ctx, projectId, applied); // twins' new targets get their QA results
  return applied;
}

/** All at once when possible; a twin someone saved meanwhile keeps their work. */
async function applyEachIfPossible(ctx: CommandContext, changes: SegmentChange[]): Promise<Segment[]> {
  if (changes.length === 0) return [];
  try {
    await ctx.store.segments.applyChanges(changes);
    return changes.map((c) => c.segment);
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
  }
  const applied: Segment[] = [];
  for (const change of changes) {
    try {
      await ctx.store.segments.applyChanges([change]);
      applied.push(change.segment);
    } catch (error) {
      if (!(error instanceof VersionConflict)) throw error;
    }
  }
  return applied;
}

// Every segment change is built here: the transition table decides the state, and the event that
// records who/when/old/new is created with it, so no command can change a segment silently.
import type { Segment, SegmentEvent, SegmentEventAction } from '../../domain/segments/types';
import { nextState, type Actor, type SegmentAction } from '../../domain/workflow/transitions';
import type { SegmentChange } from '../../ports/repositories';
import { nowIso, type CommandContext } from '../context';

export interface ChangeRequest {
  action: SegmentAction;
  actor: Actor;
  /** null for system actions. */
  actorId: string | null;
  /** Fields to change besides state and version (target, origin, translatedBy …). */
  patch?: Partial<Pick<Segment, 'target' | 'origin' | 'mtTarget' | 'translatedBy' | 'reviewedBy' | 'contextSpecific'>>;
  note?: string | null;
  /** The event's action when it differs from the transition's (propagations are recorded as `propagated`). */
  eventAction?: SegmentEventAction;
  /** A source revision's new German text and its structure; the event then records the old and new source. */
  revision?: Pick<Segment, 'index' | 'source' | 'tags' | 'kind' | 'wordCount' | 'charCount' | 'lang' | 'sourceKey' | 'repetition'>;
}

export function buildChange(ctx: Pick<CommandContext, 'clock' | 'ids'>, segment: Segment, request: ChangeRequest): SegmentChange {
  const target = request.patch?.target !== undefined ? request.patch.target : segment.target;
  const state = nextState({
    from: segment.state,
    action: request.action,
    actor: request.actor,
    hasTarget: target !== null && target.trim() !== '',
  });
  const at = nowIso(ctx);
  const updated: Segment = { ...segment, ...request.revision, ...request.patch, state, version: segment.version + 1, updatedAt: at };
  const event: SegmentEvent = {
    id: ctx.ids.next(),
    segmentId: segment.id,
    documentId: segment.documentId,
    actorId: request.actorId,
    at,
    action: request.eventAction ?? (request.action as SegmentEventAction),
    fromState: segment.state,
    toState: state,
    fromTarget: segment.target,
    toTarget: updated.target,
    note: request.note ?? null,
    version: updated.version,
    ...(request.revision ? { fromSource: segment.source, toSource: request.revision.source } : {}),
  };
  return { segment: updated, expectedVersion: segment.version, event };
}

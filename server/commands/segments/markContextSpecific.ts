// A translator marks a twin as context-specific: it needs its own translation, and confirmed
// translations of the same sentence no longer propagate to it (and it propagates to nobody).
import { Forbidden, VersionConflict } from '../../domain/errors';
import type { Segment } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import { mayPerform } from '../../domain/workflow/transitions';
import { userActor } from '../../policies/projectAccess';
import { nowIso, type CommandContext } from '../context';
import { loadSegment } from './access';
import { conflictView } from './edit';

export interface MarkContextSpecificProps {
  user: User;
  segmentId: string;
  contextSpecific: boolean;
  version?: number;
}

export async function markContextSpecific(ctx: CommandContext, props: MarkContextSpecificProps): Promise<Segment> {
  const { segment, roles } = await loadSegment(ctx, props.user, props.segmentId);
  if (!mayPerform('edit', userActor(roles))) throw new Forbidden('not allowed to change segments');
  if (props.version !== undefined && props.version !== segment.version) {
    throw new VersionConflict(segment.id, props.version, segment.version, conflictView(segment));
  }
  if (segment.contextSpecific === props.contextSpecific) return segment;
  const at = nowIso(ctx);
  const updated: Segment = { ...segment, contextSpecific: props.contextSpecific, version: segment.version + 1, updatedAt: at };
  await ctx.store.segments.applyChanges([
    {
      segment: updated,
      expectedVersion: segment.version,
      event: {
        id: ctx.ids.next(),
        segmentId: segment.id,
        documentId: segment.documentId,
        actorId: props.user.id,
        at,
        action: 'context_specific',
        fromState: segment.state,
        toState: segment.state,
        fromTarget: segment.target,
        toTarget: segment.target,
        note: props.contextSpecific ? 'on' : 'off',
        version: updated.version,
      },
    },
  ]);
  return updated;
}

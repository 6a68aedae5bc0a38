// The shared path of confirm, approve, reject, lock and unlock: load, check version, ask the
// transition table, save with compare-and-set.
import { VersionConflict } from '../../domain/errors';
import type { Project } from '../../domain/projects/types';
import type { Role, User } from '../../domain/users/types';
import type { Segment } from '../../domain/segments/types';
import type { SegmentAction } from '../../domain/workflow/transitions';
import { userActor } from '../../policies/projectAccess';
import type { CommandContext } from '../context';
import { requireAssignmentScope } from '../assignments/scope';
import { loadSegment } from './access';
import { buildChange, type ChangeRequest } from './change';
import { conflictView } from './edit';
import { emitSegmentEvents } from '../webhooks/segmentEvents';

export interface TransitionProps {
  user: User;
  segmentId: string;
  /** When given, the action only applies to this version (the client saw it). */
  version?: number;
}

export interface TransitionSpec {
  action: SegmentAction;
  patch?: ChangeRequest['patch'];
  note?: string | null;
  /** Domain rules beyond the table (self-approval, non-empty target …); throw to refuse. */
  check?: (segment: Segment, project: Project, roles: Role[]) => void;
}

export async function transitionSegment(ctx: CommandContext, props: TransitionProps, spec: TransitionSpec): Promise<Segment> {
  const { segment, project, roles } = await loadSegment(ctx, props.user, props.segmentId);
  await requireAssignmentScope(ctx, { user: props.user, roles, project, segment, action: spec.action });
  if (props.version !== undefined && props.version !== segment.version) {
    throw new VersionConflict(segment.id, props.version, segment.version, conflictView(segment));
  }
  const change = buildChange(ctx, segment, {
    action: spec.action,
    actor: userActor(roles),
    actorId: props.user.id,
    patch: spec.patch,
    note: spec.note,
  });
  spec.check?.(segment, project, roles);
  try {
    await ctx.store.segments.applyChanges([change]);
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    const current = (await ctx.store.segments.findById(segment.id)) ?? segment;
    throw new VersionConflict(segment.id, segment.version, current.version, conflictView(current));
  }
  await emitSegmentEvents(ctx, [change]);
  return change.segment;
}

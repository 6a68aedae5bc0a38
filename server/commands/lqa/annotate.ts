// A reviewer or coordinator annotates an error on a segment after the project's LQA typology (MQM Core
// by default): a category, a severity, optionally a span of the target and a comment. The annotation is
// stored apart from the segment (its version does not change, so no translator's save is refused for
// it) and shows in the segment's history as an `annotate` event.
import { Conflict, Forbidden, InvalidInput } from '../../domain/errors';
import { annotationNoteText } from '../../domain/quality/notes';
import { lqaSettingsOf } from '../../domain/quality/settings';
import { activeCategories, typologyOf, type LqaTypology } from '../../domain/quality/typology';
import type { LqaAnnotation, LqaSeverity, TargetSpan } from '../../domain/quality/types';
import type { Segment, SegmentEvent } from '../../domain/segments/types';
import type { Role, User } from '../../domain/users/types';
import { SegmentState } from '../../domain/workflow/states';
import { nowIso, type CommandContext } from '../context';
import { loadSegment } from '../segments/access';

/** Who annotates: the project's reviewers and coordinators (global roles count; an admin may do what a coordinator does). */
export const ANNOTATOR_ROLES: readonly Role[] = ['reviewer', 'coordinator', 'admin'];

/** A segment is annotated once a translator has confirmed it: translated, approved, or rejected. */
export const ANNOTATABLE_STATES: readonly SegmentState[] = [SegmentState.Translated, SegmentState.Approved, SegmentState.Rejected];

export const LQA_COMMENT_MAX_LENGTH = 2000;

export function requireAnnotator(roles: readonly Role[]): void {
  if (!roles.some((role) => ANNOTATOR_ROLES.includes(role))) {
    throw new Forbidden('only reviewers and coordinators annotate errors', 'lqa_annotator_only');
  }
}

export interface AnnotateProps {
  user: User;
  segmentId: string;
  category: string;
  severity: LqaSeverity;
  comment?: string | null;
  span?: TargetSpan | null;
}

/** An event that changes nothing in the segment, for its history. */
export function annotationEvent(ctx: CommandContext, segment: Segment, actorId: string, action: 'annotate' | 'annotation_removed', note: string): SegmentEvent {
  return {
    id: ctx.ids.next(),
    segmentId: segment.id,
    documentId: segment.documentId,
    actorId,
    at: nowIso(ctx),
    action,
    fromState: segment.state,
    toState: segment.state,
    fromTarget: segment.target,
    toTarget: segment.target,
    note,
    version: segment.version,
  };
}

/** The annotation with the typology it names a category of (for its display name). */
export interface AnnotationInTypology {
  annotation: LqaAnnotation;
  typology: LqaTypology;
}

export async function annotateSegment(ctx: CommandContext, props: AnnotateProps): Promise<AnnotationInTypology> {
  const { segment, project, roles } = await loadSegment(ctx, props.user, props.segmentId);
  requireAnnotator(roles);
  if (!ANNOTATABLE_STATES.includes(segment.state)) {
    throw new Conflict(`a segment in state ${segment.state} cannot be annotated`, { state: segment.state }, 'lqa_segment_not_annotatable');
  }
  const settings = lqaSettingsOf(project.settings);
  if (!activeCategories(settings).some((category) => category.id === props.category)) {
    throw new InvalidInput(`unknown LQA category ${props.category}`, { category: props.category }, 'lqa_unknown_category');
  }
  const span = props.span ?? null;
  if (span && (segment.target === null || span.start >= span.end || span.end > segment.target.length)) {
    throw new InvalidInput('the span is not inside the target', { span, targetLength: segment.target?.length ?? 0 }, 'lqa_span_out_of_range');
  }
  const comment = props.comment?.trim() ? props.comment.trim() : null;
  const annotation: LqaAnnotation = {
    id: ctx.ids.next(),
    segmentId: segment.id,
    documentId: segment.documentId,
    projectId: segment.projectId,
    category: props.category,
    severity: props.severity,
    comment,
    span,
    segmentVersion: segment.version,
    target: segment.target,
    authorId: props.user.id,
    createdAt: nowIso(ctx),
  };
  await ctx.store.lqaAnnotations.create(annotation);
  const typology = typologyOf(settings);
  await ctx.store.segments.appendEvents([annotationEvent(ctx, segment, props.user.id, 'annotate', annotationNoteText(annotation, typology))]);
  return { annotation, typology };
}

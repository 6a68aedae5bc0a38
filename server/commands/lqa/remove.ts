// A reviewer or coordinator removes an annotation (a mistaken one); the history keeps a note of it.
import { NotFound } from '../../domain/errors';
import { annotationNoteText } from '../../domain/quality/notes';
import { lqaSettingsOf } from '../../domain/quality/settings';
import { typologyOf } from '../../domain/quality/typology';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadSegment } from '../segments/access';
import { annotationEvent, requireAnnotator } from './annotate';

export async function removeAnnotation(ctx: CommandContext, user: User, annotationId: string): Promise<void> {
  const annotation = await ctx.store.lqaAnnotations.findById(annotationId);
  if (!annotation) throw new NotFound('annotation', annotationId);
  let loaded;
  try {
    loaded = await loadSegment(ctx, user, annotation.segmentId);
  } catch (error) {
    // An annotation in a project the user cannot see does not exist for them.
    if (error instanceof NotFound) throw new NotFound('annotation', annotationId);
    throw error;
  }
  requireAnnotator(loaded.roles);
  if (!(await ctx.store.lqaAnnotations.delete(annotationId))) throw new NotFound('annotation', annotationId);
  const note = annotationNoteText(annotation, typologyOf(lqaSettingsOf(loaded.project.settings)));
  await ctx.store.segments.appendEvents([annotationEvent(ctx, loaded.segment, user.id, 'annotation_removed', note)]);
}

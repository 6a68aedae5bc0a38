// A project's quality over its documents (GET /api/projects/:id/quality): MQM scores per document,
// translator and month, and the post-edit distances for the dashboard's chart. A project's documents may
// hold hundreds of thousands of segments: they are read a document at a time, and the segments the
// scores count are found and their words counted a part at a time, the event loop turning between.
import { buildProjectQuality, type ProjectQuality } from '../../domain/quality/projectQuality';
import { evaluatedSegments, groupBySegment, type EvaluatedSegment } from '../../domain/quality/report';
import { lqaSettingsOf } from '../../domain/quality/settings';
import { inBatches } from '../../slices';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadProject } from '../projects/access';
import { namesOf } from './names';

/** Segments looked through in one turn of the event loop (their words counted where they are scored). */
const SEGMENTS_PER_TURN = 500;

export async function projectQuality(ctx: CommandContext, user: User, projectId: string): Promise<ProjectQuality> {
  const { project } = await loadProject(ctx, user, projectId);
  const documents = await ctx.store.documents.listByProjects([project.id]);
  const ids = documents.map((document) => document.id);
  const [annotations, postEdits] = await Promise.all([ctx.store.lqaAnnotations.listByDocuments(ids), ctx.store.postEdits.listByDocuments(ids)]);
  const annotationsBySegment = groupBySegment(annotations);
  const evaluated: EvaluatedSegment[] = [];
  const translatorIds = new Set<string | null>();
  for (const document of documents) {
    await inBatches(await ctx.store.segments.listByDocument(document.id), SEGMENTS_PER_TURN, (segments) => {
      for (const segment of segments) translatorIds.add(segment.translatedBy);
      evaluated.push(...evaluatedSegments(segments, annotationsBySegment));
    });
  }
  return buildProjectQuality({
    documents: documents.map((document) => ({ id: document.id, title: document.title })),
    settings: lqaSettingsOf(project.settings),
    evaluated,
    postEdits,
    names: await namesOf(ctx, [...translatorIds, ...postEdits.map((record) => record.translatorId)]),
  });
}

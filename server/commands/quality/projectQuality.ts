// A project's quality over its documents (GET /api/projects/:id/quality): MQM scores per document,
// translator and month, and the post-edit distances for the dashboard's chart. A project's documents may
// hold hundreds of thousands of segments: they are read a document at a time and looked through in
// slices, keeping only those the scores count (reviewed or annotated).
import { buildProjectQuality, type ProjectQuality } from '../../domain/quality/projectQuality';
import { isReviewed, type ReportSegment } from '../../domain/quality/report';
import { lqaSettingsOf } from '../../domain/quality/settings';
import { Slice } from '../../slices';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadProject } from '../projects/access';
import { namesOf } from './names';

export async function projectQuality(ctx: CommandContext, user: User, projectId: string): Promise<ProjectQuality> {
  const { project } = await loadProject(ctx, user, projectId);
  const documents = await ctx.store.documents.listByProjects([project.id]);
  const ids = documents.map((document) => document.id);
  const [annotations, postEdits] = await Promise.all([ctx.store.lqaAnnotations.listByDocuments(ids), ctx.store.postEdits.listByDocuments(ids)]);
  const annotated = new Set(annotations.map((annotation) => annotation.segmentId));
  const segments: ReportSegment[] = [];
  const translatorIds = new Set<string | null>();
  const slice = new Slice();
  for (const document of documents) {
    for (const segment of await ctx.store.segments.listByDocument(document.id)) {
      if (slice.due()) await slice.next();
      translatorIds.add(segment.translatedBy);
      if (isReviewed(segment) || annotated.has(segment.id)) segments.push(segment);
    }
  }
  return buildProjectQuality({
    documents: documents.map((document) => ({ id: document.id, title: document.title })),
    settings: lqaSettingsOf(project.settings),
    segments,
    annotations,
    postEdits,
    names: await namesOf(ctx, [...translatorIds, ...postEdits.map((record) => record.translatorId)]),
  });
}

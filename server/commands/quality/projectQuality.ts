// A project's quality over its documents (GET /api/projects/:id/quality): MQM scores per document,
// translator and month, and the post-edit distances for the dashboard's chart.
import { buildProjectQuality, type ProjectQuality } from '../../domain/quality/projectQuality';
import { lqaSettingsOf } from '../../domain/quality/settings';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadProject } from '../projects/access';
import { namesOf } from './names';

export async function projectQuality(ctx: CommandContext, user: User, projectId: string): Promise<ProjectQuality> {
  const { project } = await loadProject(ctx, user, projectId);
  const documents = await ctx.store.documents.listByProjects([project.id]);
  const ids = documents.map((document) => document.id);
  const [annotations, postEdits] = await Promise.all([ctx.store.lqaAnnotations.listByDocuments(ids), ctx.store.postEdits.listByDocuments(ids)]);
  const segments = [];
  for (const document of documents) segments.push(...(await ctx.store.segments.listByDocument(document.id)));
  return buildProjectQuality({
    documents: documents.map((document) => ({ id: document.id, title: document.title })),
    settings: lqaSettingsOf(project.settings),
    segments,
    annotations,
    postEdits,
    names: await namesOf(ctx, [...segments.map((segment) => segment.translatedBy), ...postEdits.map((record) => record.translatorId)]),
  });
}

// The LQA report of a document (GET /api/documents/:id/quality and its HTML and PDF downloads), for
// anyone who may see the project.
import { lqaSettingsOf } from '../../domain/quality/settings';
import { buildQualityReport, type QualityReport } from '../../domain/quality/report';
import type { LqaLanguage } from '../../domain/quality/typology';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadDocument } from '../documents/access';
import { namesOf } from './names';

export async function documentQualityReport(ctx: CommandContext, user: User, documentId: string, lang: LqaLanguage): Promise<QualityReport> {
  const { document, project } = await loadDocument(ctx, user, documentId);
  const [segments, annotations, postEdits] = await Promise.all([
    ctx.store.segments.listByDocument(document.id),
    ctx.store.lqaAnnotations.listByDocuments([document.id]),
    ctx.store.postEdits.listByDocuments([document.id]),
  ]);
  return buildQualityReport({
    document: { id: document.id, title: document.title },
    settings: lqaSettingsOf(project.settings),
    segments,
    annotations,
    postEdits,
    names: await namesOf(ctx, [...segments.map((segment) => segment.translatedBy), ...postEdits.map((record) => record.translatorId)]),
    lang,
  });
}

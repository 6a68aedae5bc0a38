// Documents: submit (and preview), read status, page segments, machine translation, bulk approval, export.
import { Router } from 'express';
import { exportDocument } from '../../../commands/documents/export';
import { previewDocument } from '../../../commands/documents/preview';
import { documentStatus } from '../../../commands/documents/status';
import { projectDocuments } from '../../../commands/documents/list';
import { submitDocument } from '../../../commands/documents/submit';
import { latestMtJob } from '../../../commands/mt/readLatestJob';
import { startMtJob } from '../../../commands/mt/start';
import { documentQa } from '../../../commands/qa/readDocumentQa';
import { qaResultsOf } from '../../../commands/qa/readResults';
import { approveSegments } from '../../../commands/segments/approveMany';
import { loadProject } from '../../../commands/projects/access';
import { pageSegments } from '../../../commands/segments/list';
import { NotFound } from '../../../domain/errors';
import type { AppDeps } from '../../deps';
import { requestLanguage, requestTranslator } from '../../language';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentDocumentPreview, presentDocumentStatus, presentMtJob } from '../../presenters/document';
import { presentDocumentQaPage } from '../../presenters/qa';
import { presentSegments } from '../../presenters/segment';
import {
  bulkApproveBody,
  documentParams,
  documentQaQuery,
  exportQuery,
  previewDocumentBody,
  projectDocumentsParams,
  segmentPageQuery,
  submitDocumentBody,
} from './schemas';

const CONTENT_TYPES = { text: 'text/plain; charset=utf-8', markdown: 'text/markdown; charset=utf-8' } as const;
const EXTENSIONS = { text: 'txt', markdown: 'md' } as const;

export function documentRoutes(deps: AppDeps): Router {
  const router = Router();
  const submitRequest = validate({ params: projectDocumentsParams, body: submitDocumentBody });
  const previewRequest = validate({ params: projectDocumentsParams, body: previewDocumentBody });
  const listRequest = validate({ params: projectDocumentsParams });
  const readRequest = validate({ params: documentParams });
  const pageRequest = validate({ params: documentParams, query: segmentPageQuery });
  const approveRequest = validate({ params: documentParams, body: bulkApproveBody });
  const exportRequest = validate({ params: documentParams, query: exportQuery });
  const qaRequest = validate({ params: documentParams, query: documentQaQuery });

  router.post('/projects/:id/documents', submitRequest, async (req, res) => {
    const { params, body } = submitRequest.parsed(res);
    const user = currentUser(res);
    const document = await submitDocument(deps, { user, projectId: params.id, ...body, dueDate: body.dueDate ?? null });
    res.status(201).json(presentDocumentStatus(await documentStatus(deps, user, document.id), requestTranslator(req)));
  });

  // The segmentation the submission would store; nothing is stored. Same checks and errors as submitting.
  router.post('/projects/:id/documents/preview', previewRequest, async (_req, res) => {
    const { params, body } = previewRequest.parsed(res);
    const segments = await previewDocument(deps, { user: currentUser(res), projectId: params.id, ...body });
    res.json(presentDocumentPreview(segments));
  });

  router.get('/projects/:id/documents', listRequest, async (req, res) => {
    const { project } = await loadProject(deps, currentUser(res), listRequest.parsed(res).params.id);
    const views = await projectDocuments(deps, project);
    res.json({ items: views.map((view) => presentDocumentStatus(view, requestTranslator(req))) });
  });

  router.get('/documents/:id', readRequest, async (req, res) => {
    const view = await documentStatus(deps, currentUser(res), readRequest.parsed(res).params.id);
    res.json(presentDocumentStatus(view, requestTranslator(req)));
  });

  router.get('/documents/:id/segments', pageRequest, async (req, res) => {
    const { params, query } = pageRequest.parsed(res);
    const page = await pageSegments(deps, { user: currentUser(res), documentId: params.id, states: query.state, offset: query.offset, limit: query.limit });
    const items = presentSegments(page.items, requestLanguage(req), await qaResultsOf(deps, page.items));
    res.json({ items, total: page.total, offset: query.offset, limit: query.limit });
  });

  // Every stored QA issue of the document, in segment order: `?severity=error,warning&check=numbers&offset&limit`.
  router.get('/documents/:id/qa', qaRequest, async (req, res) => {
    const { params, query } = qaRequest.parsed(res);
    const page = await documentQa(deps, {
      user: currentUser(res),
      documentId: params.id,
      severities: query.severity,
      checks: query.check,
      offset: query.offset,
      limit: query.limit,
    });
    res.json(presentDocumentQaPage(page, requestLanguage(req), query.offset, query.limit));
  });

  router.post('/documents/:id/mt', readRequest, async (req, res) => {
    const { job, created } = await startMtJob(deps, deps.mtJobs, { user: currentUser(res), documentId: readRequest.parsed(res).params.id });
    res.status(created ? 202 : 200).json(presentMtJob(job, requestTranslator(req)));
  });

  router.get('/documents/:id/mt', readRequest, async (req, res) => {
    const documentId = readRequest.parsed(res).params.id;
    const job = await latestMtJob(deps, currentUser(res), documentId);
    if (!job) throw new NotFound('job', documentId);
    res.json(presentMtJob(job, requestTranslator(req)));
  });

  router.post('/documents/:id/approve', approveRequest, async (_req, res) => {
    const { params, body } = approveRequest.parsed(res);
    const result = await approveSegments(deps, { user: currentUser(res), documentId: params.id, segmentIds: body.segmentIds });
    res.json({ approved: result.approved.length, skipped: result.skipped });
  });

  router.get('/documents/:id/export', exportRequest, async (_req, res) => {
    const { params, query } = exportRequest.parsed(res);
    const result = await exportDocument(deps, {
      user: currentUser(res),
      documentId: params.id,
      format: query.format,
      allowUnapproved: query.allowUnapproved ?? false,
    });
    const filename = `${result.title.replace(/[^\p{L}\p{N} ._-]+/gu, '_')}.pl.${EXTENSIONS[result.format]}`;
    res.set('Content-Type', CONTENT_TYPES[result.format]);
    res.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
    if (result.unapprovedIndexes.length > 0) {
      res.set('X-Nysa-Unapproved-Count', String(result.unapprovedIndexes.length));
      res.set('X-Nysa-Unapproved-Segments', result.unapprovedIndexes.join(','));
    }
    res.send(result.content);
  });

  return router;
}

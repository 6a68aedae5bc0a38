// Documents: submit (and preview), read status, export. Their segments, QA issues and MT jobs are
// served by routes/segments, routes/qa and routes/mt.
import { Router } from 'express';
import { exportDocument } from '../../../commands/documents/export';
import { previewDocument } from '../../../commands/documents/preview';
import { documentStatus } from '../../../commands/documents/status';
import { projectDocuments } from '../../../commands/documents/list';
import { submitDocument } from '../../../commands/documents/submit';
import { loadProject } from '../../../commands/projects/access';
import type { AppDeps } from '../../deps';
import { requestTranslator } from '../../language';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentDocumentPreview, presentDocumentStatus } from '../../presenters/document';
import {
  documentParams,
  exportQuery,
  previewDocumentBody,
  projectDocumentsParams,
  submitDocumentBody,
} from './schemas';

export function documentRoutes(deps: AppDeps): Router {
  const router = Router();
  const submitRequest = validate({ params: projectDocumentsParams, body: submitDocumentBody });
  const previewRequest = validate({ params: projectDocumentsParams, body: previewDocumentBody });
  const listRequest = validate({ params: projectDocumentsParams });
  const readRequest = validate({ params: documentParams });
  const exportRequest = validate({ params: documentParams, query: exportQuery });

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

  router.get('/documents/:id/export', exportRequest, async (_req, res) => {
    const { params, query } = exportRequest.parsed(res);
    const result = await exportDocument(deps, {
      user: currentUser(res),
      documentId: params.id,
      format: query.format,
      allowUnapproved: query.allowUnapproved ?? false,
    });
    const filename = `${result.title.replace(/[^\p{L}\p{N} ._-]+/gu, '_')}.pl.${result.extension}`;
    res.set('Content-Type', result.mediaType);
    res.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
    if (result.unapprovedIndexes.length > 0) {
      res.set('X-Nysa-Unapproved-Count', String(result.unapprovedIndexes.length));
      res.set('X-Nysa-Unapproved-Segments', result.unapprovedIndexes.join(','));
    }
    res.send(typeof result.content === 'string' ? result.content : Buffer.from(result.content));
  });

  return router;
}

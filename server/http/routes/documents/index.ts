// Documents: submit (and preview), read status, export. Their segments, QA issues and MT jobs are
// served by routes/segments, routes/qa and routes/mt. A submission (and its preview) is JSON text in a
// stated format, or a multipart/form-data upload of one `file` whose format is detected.
import { Router, type Request, type RequestHandler } from 'express';
import { previewDocument } from '../../../commands/documents/preview';
import { documentStatus } from '../../../commands/documents/status';
import { projectDocuments } from '../../../commands/documents/list';
import { submitDocument, type DocumentSource } from '../../../commands/documents/submit';
import { InvalidInput } from '../../../domain/errors';
import { loadProject } from '../../../commands/projects/access';
import type { AppDeps } from '../../deps';
import { requestTranslator } from '../../language';
import { documentFileRoutes } from './files';
import { fileSource, jsonOrForm } from './uploads';
import { currentUser } from '../../middlewares/authenticate';
import { FILE_FIELD, fileUpload, isMultipart, uploadedFile } from '../../middlewares/fileUpload';
import { validate } from '../../middlewares/validate';
import { requestOrigin } from '../../origin';
import { presentDocumentStatus, presentPreviewSegment, presentPreviewSummary } from '../../presenters/document';
import { sendJsonInSlices } from '../../jsonInSlices';
import {
  documentParams,
  previewDocumentBody,
  previewDocumentFormFields,
  projectDocumentsParams,
  submitDocumentBody,
  submitDocumentFormFields,
} from './schemas';

export function documentRoutes(deps: AppDeps): Router {
  const router = Router();
  const upload = fileUpload({ fileBytes: deps.config.uploadLimitBytes, fields: 4 });
  const submitRequest = validate({ params: projectDocumentsParams, body: submitDocumentBody });
  const submitForm = validate({ params: projectDocumentsParams, body: submitDocumentFormFields });
  const previewRequest = validate({ params: projectDocumentsParams, body: previewDocumentBody });
  const previewForm = validate({ params: projectDocumentsParams, body: previewDocumentFormFields });
  const listRequest = validate({ params: projectDocumentsParams });
  const readRequest = validate({ params: documentParams });

  router.post('/projects/:id/documents', upload, jsonOrForm(submitRequest, submitForm), async (req, res) => {
    const user = currentUser(res);
    let document;
    if (isMultipart(req)) {
      const { params, body } = submitForm.parsed(res);
      document = await submitDocument(deps, { user, projectId: params.id, title: body.title, source: fileSource(req), dueDate: body.dueDate || null });
    } else {
      const { params, body } = submitRequest.parsed(res);
      const { title, format, content, dueDate } = body;
      document = await submitDocument(deps, { user, projectId: params.id, title, source: { format, content }, dueDate: dueDate ?? null });
    }
    res.status(201).json(presentDocumentStatus(await documentStatus(deps, user, document.id), requestTranslator(req)));
  });

  // The segmentation the submission would store; nothing is stored. Same checks and errors as submitting.
  router.post('/projects/:id/documents/preview', upload, jsonOrForm(previewRequest, previewForm), async (req, res) => {
    const multipart = isMultipart(req);
    const { params } = multipart ? previewForm.parsed(res) : previewRequest.parsed(res);
    const source: DocumentSource = multipart ? fileSource(req) : previewRequest.parsed(res).body;
    const preview = await previewDocument(deps, { user: currentUser(res), projectId: params.id, source });
    await sendJsonInSlices(res, presentPreviewSummary(preview), 'segments', preview.segments, presentPreviewSegment);
  });

  router.get('/projects/:id/documents', listRequest, async (req, res) => {
    const { project } = await loadProject(deps, currentUser(res), listRequest.parsed(res).params.id);
    const views = await projectDocuments(deps, project);
    await sendJsonInSlices(res, {}, 'items', views, (view) => presentDocumentStatus(view, requestTranslator(req)));
  });

  router.get('/documents/:id', readRequest, async (req, res) => {
    const view = await documentStatus(deps, currentUser(res), readRequest.parsed(res).params.id);
    res.json(presentDocumentStatus(view, requestTranslator(req)));
  });

  router.use(documentFileRoutes(deps));

  return router;
}

// Source revisions of a document: store a new German version, preview what it would do, read the timeline.
// The new version comes as JSON {format, content} (text, Markdown, HTML, XLIFF) or as one uploaded `file`
// (multipart, any format, detected as on submission); either way its format must be the document's.
import { Router, type Request } from 'express';
import { previewRevision, reviseDocumentText } from '../../../commands/documents/revise';
import { documentRevisions, namesOf } from '../../../commands/documents/revisions';
import type { DocumentSource } from '../../../commands/documents/submit';
import type { AppDeps } from '../../deps';
import { currentUser } from '../../middlewares/authenticate';
import { fileUpload, isMultipart } from '../../middlewares/fileUpload';
import { validate } from '../../middlewares/validate';
import { presentRevision, presentRevisionPreview, presentRevisionTimeline } from '../../presenters/revision';
import { documentParams, revisionBody, revisionFormFields } from './schemas';
import { fileSource, jsonOrForm } from './uploads';

export function revisionRoutes(deps: AppDeps): Router {
  const router = Router();
  const upload = fileUpload({ fileBytes: deps.config.uploadLimitBytes, fields: 1 });
  const reviseRequest = validate({ params: documentParams, body: revisionBody });
  const reviseForm = validate({ params: documentParams, body: revisionFormFields });
  const timelineRequest = validate({ params: documentParams });
  const versionRequest = [upload, jsonOrForm(reviseRequest, reviseForm)];

  /** The document and the new version, from whichever validator ran. */
  const versionOf = (req: Request, res: Parameters<typeof reviseRequest.parsed>[0]): { documentId: string; source: DocumentSource } => {
    if (isMultipart(req)) return { documentId: reviseForm.parsed(res).params.id, source: fileSource(req) };
    const { params, body } = reviseRequest.parsed(res);
    return { documentId: params.id, source: body };
  };

  router.post('/documents/:id/revisions', ...versionRequest, async (req, res) => {
    const { revision } = await reviseDocumentText(deps, { user: currentUser(res), ...versionOf(req, res) });
    res.status(201).json(presentRevision(revision, await namesOf(deps, [revision.createdBy])));
  });

  // What the revision would do (counts, changed sentences); nothing is stored. Same checks and errors.
  router.post('/documents/:id/revisions/preview', ...versionRequest, async (req, res) => {
    res.json(presentRevisionPreview(await previewRevision(deps, { user: currentUser(res), ...versionOf(req, res) })));
  });

  router.get('/documents/:id/revisions', timelineRequest, async (_req, res) => {
    res.json(presentRevisionTimeline(await documentRevisions(deps, currentUser(res), timelineRequest.parsed(res).params.id)));
  });

  return router;
}

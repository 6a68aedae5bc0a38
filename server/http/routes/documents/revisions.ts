// Source revisions of a document: store a new German version, preview what it would do, read the timeline.
// The new version comes as JSON {format, content} (text, Markdown). A file upload (multipart) parses the
// file into the same ParsedDocument and calls reviseDocument, as submission does for uploads.
import { Router } from 'express';
import { previewRevision, reviseDocumentText } from '../../../commands/documents/revise';
import { documentRevisions, namesOf } from '../../../commands/documents/revisions';
import type { AppDeps } from '../../deps';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentRevision, presentRevisionPreview, presentRevisionTimeline } from '../../presenters/revision';
import { documentParams, revisionBody } from './schemas';

export function revisionRoutes(deps: AppDeps): Router {
  const router = Router();
  const reviseRequest = validate({ params: documentParams, body: revisionBody });
  const timelineRequest = validate({ params: documentParams });

  router.post('/documents/:id/revisions', reviseRequest, async (_req, res) => {
    const { params, body } = reviseRequest.parsed(res);
    const { revision } = await reviseDocumentText(deps, { user: currentUser(res), documentId: params.id, ...body });
    res.status(201).json(presentRevision(revision, await namesOf(deps, [revision.createdBy])));
  });

  // What the revision would do (counts, changed sentences); nothing is stored. Same checks and errors.
  router.post('/documents/:id/revisions/preview', reviseRequest, async (_req, res) => {
    const { params, body } = reviseRequest.parsed(res);
    res.json(presentRevisionPreview(await previewRevision(deps, { user: currentUser(res), documentId: params.id, ...body })));
  });

  router.get('/documents/:id/revisions', timelineRequest, async (_req, res) => {
    res.json(presentRevisionTimeline(await documentRevisions(deps, currentUser(res), timelineRequest.parsed(res).params.id)));
  });

  return router;
}

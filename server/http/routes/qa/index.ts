// A document's QA issues (each segment's issues come with the segment: routes/segments).
import { Router } from 'express';
import { documentQa } from '../../../commands/qa/readDocumentQa';
import type { AppDeps } from '../../deps';
import { requestLanguage } from '../../language';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentDocumentQaPage } from '../../presenters/qa';
import { documentParams, documentQaQuery } from './schemas';

export function qaRoutes(deps: AppDeps): Router {
  const router = Router();
  const qaRequest = validate({ params: documentParams, query: documentQaQuery });

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

  return router;
}

// A document's QA issues (each segment's issues come with the segment: routes/segments), and the
// checks a project runs with their severities.
import { Router } from 'express';
import { projectQaChecks } from '../../../commands/qa/listChecks';
import { documentQa } from '../../../commands/qa/readDocumentQa';
import type { AppDeps } from '../../deps';
import { requestLanguage } from '../../language';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentConfiguredCheck, presentDocumentQaPage } from '../../presenters/qa';
import { documentParams, documentQaQuery, projectParams } from './schemas';

export function qaRoutes(deps: AppDeps): Router {
  const router = Router();
  const qaRequest = validate({ params: documentParams, query: documentQaQuery });
  const checksRequest = validate({ params: projectParams });

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

  // Every check with its default severity, on/off and the severity the project uses; any member may read it.
  router.get('/projects/:id/qa/checks', checksRequest, async (_req, res) => {
    const checks = await projectQaChecks(deps, currentUser(res), checksRequest.parsed(res).params.id);
    res.json({ items: checks.map(presentConfiguredCheck) });
  });

  return router;
}

// The coordinator's starting point: every document the user may see, with its status.
import { Router } from 'express';
import { overview } from '../../../commands/documentStatusReader';
import type { AppDeps } from '../../deps';
import { requestTranslator } from '../../language';
import { currentUser } from '../../middlewares/authenticate';
import { presentDocumentStatus } from '../../presenters/document';

export function overviewRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/overview', async (req, res) => {
    const views = await overview(deps, currentUser(res));
    res.json({ items: views.map((view) => presentDocumentStatus(view, requestTranslator(req))) });
  });
  return router;
}

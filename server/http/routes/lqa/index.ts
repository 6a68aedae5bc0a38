// LQA annotations of segments (reviewers and coordinators add and remove them; every member reads them)
// and the project's LQA typology and settings (changed through PATCH /api/projects/:id/settings `lqa`).
import { Router } from 'express';
import { annotateSegment } from '../../../commands/lqa/annotate';
import { listAnnotations } from '../../../commands/lqa/list';
import { removeAnnotation } from '../../../commands/lqa/remove';
import { projectLqa } from '../../../commands/lqa/typology';
import type { AppDeps } from '../../deps';
import { requestLanguage } from '../../language';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentAnnotation, presentProjectLqa } from '../../presenters/quality';
import { annotateBody, idParams } from './schemas';
import { sendJsonInSlices } from '../../jsonInSlices';

export function lqaRoutes(deps: AppDeps): Router {
  const router = Router();
  const annotateRequest = validate({ params: idParams, body: annotateBody });
  const idRequest = validate({ params: idParams });

  router.post('/segments/:id/lqa', annotateRequest, async (req, res) => {
    const { params, body } = annotateRequest.parsed(res);
    const { annotation, typology } = await annotateSegment(deps, { user: currentUser(res), segmentId: params.id, ...body });
    res.status(201).json(presentAnnotation(annotation, typology, requestLanguage(req)));
  });

  router.get('/segments/:id/lqa', idRequest, async (req, res) => {
    const { items, typology } = await listAnnotations(deps, currentUser(res), idRequest.parsed(res).params.id);
    await sendJsonInSlices(res, {}, 'items', items, (annotation) => presentAnnotation(annotation, typology, requestLanguage(req)));
  });

  router.delete('/lqa/:id', idRequest, async (_req, res) => {
    await removeAnnotation(deps, currentUser(res), idRequest.parsed(res).params.id);
    res.status(204).end();
  });

  router.get('/projects/:id/lqa', idRequest, async (req, res) => {
    res.json(presentProjectLqa(await projectLqa(deps, currentUser(res), idRequest.parsed(res).params.id), requestLanguage(req)));
  });

  return router;
}

// A project's sentence rules: read (JSON, or SRX with the built-ins merged), replace, import SRX.
import express, { Router } from 'express';
import { importSegmentationSrx } from '../../../commands/projects/importSrx';
import { readSegmentationRules } from '../../../commands/projects/readSegmentationRules';
import { updateSegmentationRules } from '../../../commands/projects/updateSegmentationRules';
import type { AppDeps } from '../../deps';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { importBody, projectParams, readQuery, rulesBody } from './schemas';

const SRX_TYPES = ['application/xml', 'text/xml', 'application/srx+xml'];

export function segmentationRoutes(deps: AppDeps): Router {
  const router = Router();
  const readRequest = validate({ params: projectParams, query: readQuery });
  const updateRequest = validate({ params: projectParams, body: rulesBody });
  const importRequest = validate({ params: projectParams, body: importBody });
  const srxBody = express.text({ type: SRX_TYPES, limit: deps.config.bodyLimitBytes });

  router.get('/projects/:id/segmentation', readRequest, async (_req, res) => {
    const { params, query } = readRequest.parsed(res);
    const rules = await readSegmentationRules(deps, currentUser(res), params.id);
    if (query.format === 'srx') {
      res.set('Content-Type', 'application/xml; charset=utf-8');
      res.set('Content-Disposition', 'attachment; filename="segmentation.srx"');
      res.send(rules.srx());
      return;
    }
    res.json({ rules: rules.projectRules });
  });

  router.put('/projects/:id/segmentation', updateRequest, async (_req, res) => {
    const { params, body } = updateRequest.parsed(res);
    const project = await updateSegmentationRules(deps, { user: currentUser(res), projectId: params.id, rules: body.rules });
    res.json({ rules: project.settings.segmentation ?? {} });
  });

  router.post('/projects/:id/segmentation/import', srxBody, importRequest, async (_req, res) => {
    const { params, body } = importRequest.parsed(res);
    const srx = typeof body === 'string' ? body : body.content;
    const project = await importSegmentationSrx(deps, { user: currentUser(res), projectId: params.id, srx });
    res.json({ rules: project.settings.segmentation ?? {} });
  });

  return router;
}

// Machine translation of a document: start a job (or get the one running), read the latest job.
import { Router } from 'express';
import { latestMtJob } from '../../../commands/mt/readLatestJob';
import { startMtJob } from '../../../commands/mt/start';
import { NotFound } from '../../../domain/errors';
import type { AppDeps } from '../../deps';
import { requestTranslator } from '../../language';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentMtJob } from '../../presenters/document';
import { documentParams } from './schemas';

export function mtRoutes(deps: AppDeps): Router {
  const router = Router();
  const readRequest = validate({ params: documentParams });

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

  return router;
}

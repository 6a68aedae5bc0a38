// Alignments of existing German/Polish pairs: create, read, fix the pairs, confirm. The
// translation-memory units the confirmed pairs became are read through the TM routes (routes/tm).
import { Router } from 'express';
import { confirmAlignment } from '../../../commands/alignments/confirm';
import { createAlignment } from '../../../commands/alignments/create';
import { mergeAlignmentBeads } from '../../../commands/alignments/merge';
import { replaceAlignmentBeads } from '../../../commands/alignments/replace';
import { splitAlignmentBead } from '../../../commands/alignments/split';
import { listAlignments } from '../../../commands/alignments/list';
import { readAlignment } from '../../../commands/alignments/read';
import type { AppDeps } from '../../deps';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentAlignment, presentAlignmentSummary } from '../../presenters/alignment';
import {
  alignmentParams,
  confirmAlignmentBody,
  createAlignmentBody,
  mergeBeadsBody,
  projectParams,
  replaceBeadsBody,
  splitBeadBody,
} from './schemas';

export function alignmentRoutes(deps: AppDeps): Router {
  const router = Router();
  const createRequest = validate({ params: projectParams, body: createAlignmentBody });
  const listRequest = validate({ params: projectParams });
  const readRequest = validate({ params: alignmentParams });
  const mergeRequest = validate({ params: alignmentParams, body: mergeBeadsBody });
  const splitRequest = validate({ params: alignmentParams, body: splitBeadBody });
  const replaceRequest = validate({ params: alignmentParams, body: replaceBeadsBody });
  const confirmRequest = validate({ params: alignmentParams, body: confirmAlignmentBody });

  router.post('/projects/:id/alignments', createRequest, async (_req, res) => {
    const { params, body } = createRequest.parsed(res);
    const alignment = await createAlignment(deps, { user: currentUser(res), projectId: params.id, ...body });
    res.status(201).json(presentAlignment(alignment));
  });

  router.get('/projects/:id/alignments', listRequest, async (_req, res) => {
    const alignments = await listAlignments(deps, currentUser(res), listRequest.parsed(res).params.id);
    res.json({ items: alignments.map(presentAlignmentSummary) });
  });

  router.get('/alignments/:id', readRequest, async (_req, res) => {
    res.json(presentAlignment(await readAlignment(deps, currentUser(res), readRequest.parsed(res).params.id)));
  });

  router.post('/alignments/:id/merge', mergeRequest, async (_req, res) => {
    const { params, body } = mergeRequest.parsed(res);
    res.json(presentAlignment(await mergeAlignmentBeads(deps, { user: currentUser(res), alignmentId: params.id, ...body })));
  });

  router.post('/alignments/:id/split', splitRequest, async (_req, res) => {
    const { params, body } = splitRequest.parsed(res);
    res.json(presentAlignment(await splitAlignmentBead(deps, { user: currentUser(res), alignmentId: params.id, ...body })));
  });

  router.put('/alignments/:id/beads', replaceRequest, async (_req, res) => {
    const { params, body } = replaceRequest.parsed(res);
    res.json(presentAlignment(await replaceAlignmentBeads(deps, { user: currentUser(res), alignmentId: params.id, ...body })));
  });

  router.post('/alignments/:id/confirm', confirmRequest, async (_req, res) => {
    const { params, body } = confirmRequest.parsed(res);
    const result = await confirmAlignment(deps, { user: currentUser(res), alignmentId: params.id, version: body.version });
    res.json({ alignment: presentAlignment(result.alignment), units: result.units.length });
  });

  return router;
}

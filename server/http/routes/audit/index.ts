// GET /api/audit: the audit trail, newest first. Admins read all of it; a project's coordinators read
// that project's entries with `?projectId=`. There is no route that changes or removes an entry.
import { Router } from 'express';
import { listAudit } from '../../../commands/audit/list';
import type { AppDeps } from '../../deps';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentAuditPage } from '../../presenters/audit';
import { auditQuery } from './schemas';

export function auditRoutes(deps: AppDeps): Router {
  const router = Router();
  const listRequest = validate({ query: auditQuery });

  router.get('/audit', listRequest, async (_req, res) => {
    const { actor, kind, ...query } = listRequest.parsed(res).query;
    const page = await listAudit(deps, { user: currentUser(res), query: { ...query, actorId: actor, kinds: kind } });
    res.json(presentAuditPage(page, query));
  });

  return router;
}

// The coordinator's starting point: every document the user may see with its status, who is editing
// what now, and approved words per day.
import { Router } from 'express';
import { approvedPerDay } from '../../../commands/overview/approvedPerDay';
import { overview } from '../../../commands/overview/listDocuments';
import { currentActivity } from '../../../commands/overview/currentActivity';
import type { AppDeps } from '../../deps';
import { requestTranslator } from '../../language';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentDocumentStatus } from '../../presenters/document';
import { presentActivity } from '../../presenters/live';
import { presentDayTally } from '../../presenters/statistics';
import { approvedPerDayQuery } from './schemas';
import { sendJsonInSlices } from '../../jsonInSlices';

export function overviewRoutes(deps: AppDeps): Router {
  const router = Router();
  const approvedRequest = validate({ query: approvedPerDayQuery });

  router.get('/overview', async (req, res) => {
    const views = await overview(deps, currentUser(res));
    await sendJsonInSlices(res, {}, 'items', views, (view) => presentDocumentStatus(view, requestTranslator(req)));
  });

  router.get('/overview/activity', async (_req, res) => {
    const entries = await currentActivity(deps, deps.presence, currentUser(res));
    await sendJsonInSlices(res, {}, 'items', entries, presentActivity);
  });

  // Oldest first, exactly `days` entries ending today (UTC), days without approvals included.
  router.get('/overview/approved-per-day', approvedRequest, async (_req, res) => {
    const days = await approvedPerDay(deps, { user: currentUser(res), days: approvedRequest.parsed(res).query.days });
    res.json({ days: days.map(presentDayTally) });
  });

  return router;
}

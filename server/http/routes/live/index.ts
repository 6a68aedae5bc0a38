// Live updates of an open document (Server-Sent Events) and presence: who is editing which segment.
import { Router } from 'express';
import { openDocumentWatch } from '../../../commands/live/watchDocument';
import { updateSegmentPresence } from '../../../commands/live/updatePresence';
import type { AppDeps } from '../../deps';
import { requestLanguage } from '../../language';
import { currentAuthentication, currentUser } from '../../middlewares/authenticate';
import { requestIdOf } from '../../middlewares/requestContext';
import { validate } from '../../middlewares/validate';
import { presentCommentsUpdate, presentPresence, presentSegmentsUpdate } from '../../presenters/live';
import { startEventStream, writeEvent } from '../../sse';
import { documentEventsParams, documentEventsQuery, presenceBody, presenceParams } from './schemas';

export function liveRoutes(deps: AppDeps): Router {
  const router = Router();
  const eventsRequest = validate({ params: documentEventsParams, query: documentEventsQuery });
  const presenceRequest = validate({ params: presenceParams, body: presenceBody });

  // Read access exactly as GET /api/documents/:id: 404 not_found for a document the user cannot see,
  // answered as JSON before the stream starts.
  router.get('/documents/:id/events', eventsRequest, async (req, res) => {
    const { params, query } = eventsRequest.parsed(res);
    const lang = query.lang ?? requestLanguage(req);
    const watch = await openDocumentWatch(deps, deps, { user: currentUser(res), sessionId: currentAuthentication(res)!.session.id, documentId: params.id });
    let stop = () => {};
    if (!startEventStream(req, res, () => stop())) return;
    stop = watch.start({
      update: (update) => {
        if (update.type === 'segments') writeEvent(res, 'segments', presentSegmentsUpdate(update, lang));
        else if (update.type === 'comments') writeEvent(res, 'comments', presentCommentsUpdate(update));
        else writeEvent(res, 'presence', presentPresence(update));
      },
      end: () => res.end(),
      error: (error) => console.error(`[${requestIdOf(res)}] live update of document ${params.id} failed:`, error),
    });
  });

  // Anyone who may read the segment may say they are editing it; 204 either way.
  router.post('/segments/:id/presence', presenceRequest, async (_req, res) => {
    const { params, body } = presenceRequest.parsed(res);
    await updateSegmentPresence(deps, deps.presence, { user: currentUser(res), segmentId: params.id, editing: body.editing });
    res.status(204).end();
  });

  return router;
}
